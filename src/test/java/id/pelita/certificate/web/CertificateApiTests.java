package id.pelita.certificate.web;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import id.pelita.catalog.EnrolmentMode;
import id.pelita.certificate.CertificateAdministration;
import id.pelita.certificate.internal.CertificateIssuer;
import id.pelita.certificate.internal.CertificateRow;
import id.pelita.certificate.internal.CertificateStore;
import id.pelita.certificate.internal.SettingsStore;
import id.pelita.agency.ApiTokenService;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.shared.files.FileStore;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.support.ApiClient;
import id.pelita.support.Await;
import id.pelita.support.H2Test;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The certificate REST API as a verifier, a holder, an organiser and agency HR systems use it: verification by code
 * shows only public fields, the PDF only to those who may have it, and an uploaded file is recognised only byte for
 * byte with an intact signature.
 */
@H2Test
class CertificateApiTests {

	/** Each request from an address of its own, so the per-address verification limit never interferes. */
	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@Autowired
	ApplicationContext context;

	@Autowired
	CertificateIssuer issuer;

	@Autowired
	CertificateStore store;

	@Autowired
	SettingsStore settings;

	@Autowired
	FileStore files;

	@Autowired
	JsonMapper json;

	EnrolmentFixtures fixtures;

	MockMvc mvc;

	long runId;

	long serangUnit;

	PersonRef holder;

	CertificateRow certificate;

	@BeforeEach
	void setUp(@Autowired WebApplicationContext web) {
		this.mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
		this.fixtures = new EnrolmentFixtures(this.context);
		this.serangUnit = this.fixtures.agency("36.04.02");
		this.runId = this.fixtures.openRun(50, Map.of(), EnrolmentMode.OPEN);
		SettingsStore.Settings current = this.settings.settings();
		this.settings.save(new SettingsStore.Settings("{seq}/" + TestData.username("A").toUpperCase() + "/{year}",
				current.issuer(), current.issuePlace(), current.officialId()), Instant.now());
		Await.until("the demo official's signature", Duration.ofSeconds(10),
				() -> this.settings.officials().getFirst().signaturePath() != null);
		this.holder = this.fixtures.employee(this.serangUnit);
		this.issuer.completed(this.runId, this.holder.accountId(), Instant.now());
		this.certificate = this.store.valid(this.runId, this.holder.accountId()).orElseThrow();
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void verificationByCodeShowsTheStatusAndOnlyPublicFields() throws Exception {
		MvcResult valid = perform(get("/api/v1/certificates/" + this.certificate.code().toLowerCase()));
		assertThat(valid.getResponse().getStatus()).isEqualTo(200);
		JsonNode body = this.json.readTree(valid.getResponse().getContentAsString());
		assertThat(body.get("status").asString()).isEqualTo("VALID");
		assertThat(body.get("number").asString()).isEqualTo(this.certificate.number());
		assertThat(body.get("holderName").asString()).isEqualTo(this.certificate.holderName());
		String text = valid.getResponse().getContentAsString();
		assertThat(text).doesNotContain(this.holder.nip()).doesNotContainIgnoringCase("email").doesNotContain("@")
			.doesNotContain(this.certificate.pdfPath()).doesNotContain(this.certificate.pdfSha256());
		assertThat(body.has("nip")).isFalse();

		long reissued = this.fixtures.asSystem(() -> this.context.getBean(CertificateAdministration.class)
			.reissue(this.certificate.id(), "Nama dikoreksi"));
		assertThat(status(this.certificate.code())).isEqualTo("SUPERSEDED");
		CertificateRow replacement = this.store.find(reissued).orElseThrow();
		this.fixtures.asSystem(() -> {
			this.context.getBean(CertificateAdministration.class).revoke(replacement.id(), "Data kehadiran dipalsukan");
			return null;
		});
		JsonNode revoked = this.json.readTree(
				perform(get("/api/v1/certificates/" + replacement.code())).getResponse().getContentAsString());
		assertThat(revoked.get("status").asString()).isEqualTo("REVOKED");
		assertThat(revoked.get("revokedReason").asString()).isEqualTo("Data kehadiran dipalsukan");

		MvcResult unknown = perform(get("/api/v1/certificates/ABCDEFGHJKMNPQR").header("Accept-Language", "id"));
		assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
		assertThat(unknown.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(this.json.readTree(unknown.getResponse().getContentAsString()).get("detail").asString()).isNotBlank();
		MvcResult malformed = perform(get("/api/v1/certificates/KODE-SALAH-12").header("Accept-Language", "en"));
		assertThat(malformed.getResponse().getStatus()).as(() -> describe(malformed)).isEqualTo(404);
		assertThat(this.json.readTree(malformed.getResponse().getContentAsString()).get("detail").asString())
			.isNotBlank()
			.doesNotContain("KODE-SALAH");
	}

	@Test
	void thePdfGoesToTheHolderOrganisersAndTheHoldersAgencyOnly() throws Exception {
		String path = "/api/v1/certificates/" + this.certificate.code() + "/pdf";
		byte[] stored = stored();

		MvcResult own = perform(get(path).with(as(EnrolmentFixtures.participant(this.holder))));
		assertThat(own.getResponse().getStatus()).as(() -> describe(own)).isEqualTo(200);
		assertThat(own.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(own.getResponse().getHeader("Content-Disposition")).startsWith("attachment").contains(".pdf");
		assertThat(own.getResponse().getContentAsByteArray()).isEqualTo(stored);

		PelitaUser organiser = EnrolmentFixtures.user(1_000_001, "penyelenggara-uji", null, Role.ORGANISER);
		assertThat(perform(get(path).with(as(organiser))).getResponse().getContentAsByteArray()).isEqualTo(stored);

		MvcResult agency = perform(get(path).header("Authorization", "Bearer " + ApiClient.DEMO_TOKEN));
		assertThat(agency.getResponse().getStatus()).isEqualTo(200);
		assertThat(agency.getResponse().getContentAsByteArray()).isEqualTo(stored);

		PersonRef other = this.fixtures.employee(this.serangUnit);
		MvcResult stranger = perform(get(path).with(as(EnrolmentFixtures.participant(other))));
		assertThat(stranger.getResponse().getStatus()).isEqualTo(403);
		assertThat(stranger.getResponse().getContentAsString()).doesNotContain("%PDF");

		long lebak = this.fixtures.agency("36.02");
		PelitaUser lebakCoordinator = this.fixtures.coordinator(lebak);
		String lebakToken = "pelita-test-lebak-" + TestData.username("t");
		this.context.getBean(ApiTokenService.class)
			.registerKnownToken(lebak, lebakCoordinator.accountId(), "SIMPEG Lebak (uji)", lebakToken);
		MvcResult otherAgency = perform(get(path).header("Authorization", "Bearer " + lebakToken));
		assertThat(otherAgency.getResponse().getStatus()).isEqualTo(403);
		assertThat(otherAgency.getResponse().getContentAsString()).doesNotContain("%PDF");
		assertThat(this.json.readTree(otherAgency.getResponse().getContentAsString()).get("detail").asString())
			.isNotBlank();

		MvcResult anonymous = perform(get(path));
		assertThat(anonymous.getResponse().getStatus()).isIn(401, 403);
		assertThat(anonymous.getResponse().getContentAsString()).doesNotContain("%PDF");
	}

	@Test
	void anUploadedFileIsIssuedOnlyWhenItIsTheIssuedFileByteForByte() throws Exception {
		byte[] pdf = stored();
		JsonNode original = upload("sertifikat.pdf", pdf);
		assertThat(original.get("issued").asBoolean()).isTrue();
		assertThat(original.get("signatureIntact").asBoolean()).isTrue();
		assertThat(original.get("signature").asString()).isEqualTo("INTACT");
		assertThat(original.get("status").asString()).isEqualTo("VALID");
		assertThat(original.get("certificate").get("number").asString()).isEqualTo(this.certificate.number());

		byte[] changed = pdf.clone();
		changed[pdf.length / 3] ^= 1;
		JsonNode tampered = upload("sertifikat.pdf", changed);
		assertThat(tampered.get("issued").asBoolean()).isFalse();
		assertThat(tampered.get("signatureIntact").asBoolean()).isFalse();
		assertThat(tampered.get("signature").asString()).isEqualTo("BROKEN");

		MvcResult notPdf = perform(multipart("/api/v1/certificates/verify-file")
			.file(new MockMultipartFile("file", "foto.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2 }))
			.header("Accept-Language", "id"));
		assertThat(notPdf.getResponse().getStatus()).isBetween(400, 499);
		assertThat(notPdf.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(this.json.readTree(notPdf.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).get("detail").asString())
			.isEqualTo(this.context.getBean(id.pelita.shared.i18n.Translations.class)
				.translate("certificate.verify.error.notPdf", java.util.Locale.forLanguageTag("id")));

		MvcResult empty = perform(multipart("/api/v1/certificates/verify-file")
			.file(new MockMultipartFile("file", "kosong.pdf", "application/pdf", new byte[0]))
			.header("Accept-Language", "en"));
		assertThat(empty.getResponse().getStatus()).isBetween(400, 499);
		assertThat(this.json.readTree(empty.getResponse().getContentAsString()).get("detail").asString())
			.isEqualTo("The file is empty.");
	}

	private JsonNode upload(String name, byte[] content) throws Exception {
		MvcResult result = perform(multipart("/api/v1/certificates/verify-file")
			.file(new MockMultipartFile("file", name, "application/pdf", content)));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	private String status(String code) throws Exception {
		return this.json.readTree(perform(get("/api/v1/certificates/" + code)).getResponse().getContentAsString())
			.get("status")
			.asString();
	}

	private byte[] stored() throws Exception {
		try (InputStream in = this.files.open(this.certificate.pdfPath()).orElseThrow()) {
			return in.readAllBytes();
		}
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> MvcResult perform(B request) throws Exception {
		int address = ADDRESSES.getAndIncrement();
		MvcResult result = this.mvc.perform(request.with(servletRequest -> {
			servletRequest.setRemoteAddr("10.12." + (address / 250) + "." + (address % 250 + 1));
			return servletRequest;
		})).andReturn();
		if (result.getRequest().isAsyncStarted()) {
			return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.asyncDispatch(result)).andReturn();
		}
		return result;
	}

	private static String describe(MvcResult result) {
		try {
			return result.getResponse().getContentAsString() + " " + result.getResolvedException() + " "
					+ result.getResponse().getErrorMessage();
		}
		catch (Exception ex) {
			return ex.toString();
		}
	}

	private static RequestPostProcessor as(PelitaUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
