package id.pelita.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.pelita.certificate.SigningKeyStatus;
import id.pelita.liveclass.internal.zoom.ZoomMockServer;
import id.pelita.operations.internal.IntegrationProbes;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.i18n.Translations;
import id.pelita.support.SignIn;
import id.pelita.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The integration checks against local stand-ins of the outside systems: GreenMail for SMTP, a mock Zoom, a local
 * "Jitsi" serving {@code external_api.js}, and a signing key that expires in ten days. Every test is audited; the
 * health group {@code integrations} answers JSON without failing liveness.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.quartz.auto-startup=false", "pelita.integrations.http-timeout=2s" })
@ActiveProfiles("test")
class IntegrationServiceTests {

	static final ZoomMockServer ZOOM = ZoomMockServer.start();

	static final TestSmtp SMTP = TestSmtp.onFreePort();

	static final MockWebServer JITSI = new MockWebServer();

	static final Path KEY_STORE = shortLivedKeyStore(Duration.ofDays(10));

	@Autowired
	ApplicationContext context;

	@Autowired
	IntegrationService integrations;

	@Autowired
	IntegrationProbes probes;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void outsideSystems(DynamicPropertyRegistry registry) throws IOException {
		ZOOM.properties(Duration.ofSeconds(5)).forEach((name, value) -> registry.add(name, () -> value));
		SMTP.register(registry);
		JITSI.start();
		registry.add("pelita.integrations.jitsi-base-url", () -> JITSI.url("/jitsi").toString());
		registry.add("pelita.certificate.signing.key-store", KEY_STORE::toString);
		registry.add("pelita.certificate.signing.password", () -> "uji-integrasi");
		registry.add("pelita.certificate.signing.generate-if-missing", () -> "false");
	}

	@BeforeEach
	void start() {
		ZOOM.reset();
		if (!SMTP.server().isRunning()) {
			SMTP.server().start();
		}
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@AfterAll
	static void stop() throws IOException {
		ZOOM.close();
		SMTP.server().stop();
		JITSI.close();
	}

	@Test
	void aTestEmailArrivesAndIsAudited() throws Exception {
		SignIn.as(this.context, "admin");
		String address = "uji-" + System.nanoTime() + "@pelita.test";
		IntegrationTestResult result = this.integrations.sendTestMail(" " + address + " ", Translations.INDONESIAN);
		assertThat(result.success()).isTrue();
		assertThat(result.message()).isEqualTo("E-mail uji terkirim ke " + address + ": server SMTP menerimanya.");
		MimeMessage received = null;
		for (MimeMessage message : SMTP.server().getReceivedMessages()) {
			if (GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address)) {
				received = message;
			}
		}
		assertThat(received).isNotNull();
		assertThat(received.getSubject()).isEqualTo("Pelita: e-mail uji");
		assertThat(audited("SMTP")).contains(address, "\"success\":true");
		IntegrationOverview overview = this.integrations.overview();
		assertThat(overview.mail().status().configured()).isTrue();
		assertThat(overview.mail().status().host()).isEqualTo("127.0.0.1");
	}

	@Test
	void aMalformedAddressIsRefusedWithATranslatedMessageAndNothingIsSent() {
		SignIn.as(this.context, "admin");
		int before = SMTP.server().getReceivedMessages().length;
		for (String bad : List.of("", "bukan-alamat", "a@b", "dua@alamat.id, tiga@alamat.id", "nama @instansi.go.id")) {
			assertThatThrownBy(() -> this.integrations.sendTestMail(bad, Locale.ENGLISH))
				.isInstanceOfSatisfying(UserFacingException.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("mail.test.badAddress"));
		}
		assertThat(SMTP.server().getReceivedMessages()).hasSize(before);
	}

	@Test
	void anSmtpServerThatIsDownIsReportedWithItsError() {
		SignIn.as(this.context, "admin");
		SMTP.server().stop();
		IntegrationTestResult result = this.integrations.sendTestMail("admin@pelita.test", Locale.ENGLISH);
		assertThat(result.success()).isFalse();
		assertThat(result.message()).startsWith("The SMTP server did not accept the test e-mail: ")
			.contains("127.0.0.1");
		assertThat(audited("SMTP")).contains("\"success\":false");
	}

	@Test
	void theZoomTestCreatesAndDeletesAMeetingThroughTheRealClient() {
		SignIn.as(this.context, "admin");
		IntegrationTestResult result = this.integrations.testZoom(Locale.ENGLISH);
		assertThat(result.success()).as(result.message()).isTrue();
		RecordedRequest create = ZOOM.takeApiRequest();
		assertThat(create.getMethod()).isEqualTo("POST");
		assertThat(create.getUrl().encodedPath()).isEqualTo("/v2/users/me/meetings");
		RecordedRequest delete = ZOOM.takeApiRequest();
		assertThat(delete.getMethod()).isEqualTo("DELETE");
		String meetingId = delete.getUrl().pathSegments().getLast();
		assertThat(result.message()).isEqualTo("Zoom created test meeting " + meetingId + " and deleted it again.");
		assertThat(this.integrations.overview().zoom().status().lastSuccessAt()).isNotNull();
		assertThat(audited("ZOOM")).contains("\"success\":true");
	}

	@Test
	void zoomsRefusalIsShownTranslatedAndBecomesItsLastError() {
		SignIn.as(this.context, "admin");
		ZOOM.enqueue(ZoomMockServer.json(400, """
				{"code":300,"message":"Validation Failed.","errors":[{"field":"start_time",
				"message":"Invalid field."}]}"""));
		IntegrationTestResult result = this.integrations.testZoom(Translations.INDONESIAN);
		assertThat(result.success()).isFalse();
		assertThat(result.message())
			.isEqualTo("Rapat uji Zoom gagal: HTTP 400 (300): Validation Failed.: Invalid field.");
		Checked<id.pelita.liveclass.ZoomStatus> zoom = this.integrations.overview().zoom();
		assertThat(zoom.level()).isEqualTo(IntegrationLevel.WARNING);
		assertThat(zoom.status().lastError()).isEqualTo("HTTP 400 (300): Validation Failed.: Invalid field.");
		assertThat(audited("ZOOM")).contains("\"success\":false");
		assertThat(this.integrations.testZoom(Locale.ENGLISH).success()).isTrue();
		assertThat(this.integrations.overview().zoom().level()).isEqualTo(IntegrationLevel.OK);
	}

	@Test
	void theJitsiTestFetchesExternalApiJsFromTheConfiguredServer() throws Exception {
		SignIn.as(this.context, "admin");
		JITSI.enqueue(new MockResponse.Builder().code(200)
			.addHeader("Content-Type", "application/javascript")
			.body("!function(){window.JitsiMeetExternalAPI=function(domain,options){};}();")
			.build());
		IntegrationTestResult ok = this.integrations.testJitsi(Locale.ENGLISH);
		assertThat(ok.success()).as(ok.message()).isTrue();
		assertThat(JITSI.takeRequest().getUrl().encodedPath()).isEqualTo("/jitsi/external_api.js");
		assertThat(this.integrations.overview().jitsi().level()).isEqualTo(IntegrationLevel.OK);

		JITSI.enqueue(new MockResponse.Builder().code(404).body("not here").build());
		IntegrationTestResult missing = this.integrations.testJitsi(Translations.INDONESIAN);
		assertThat(missing.success()).isFalse();
		assertThat(missing.message()).startsWith("Skrip Jitsi tidak dapat diambil: HTTP 404 from ");
		assertThat(this.integrations.overview().jitsi().level()).isEqualTo(IntegrationLevel.WARNING);
		assertThat(audited("JITSI")).contains("\"success\":false");
	}

	@Test
	void aSigningKeyExpiringWithinThirtyDaysIsAWarning() {
		SignIn.as(this.context, "admin");
		Checked<SigningKeyStatus> key = this.integrations.overview().signingKey();
		assertThat(key.level()).isEqualTo(IntegrationLevel.WARNING);
		assertThat(key.status().subject()).contains("CN=Pelita uji kunci");
		assertThat(key.status().notAfter()).isBetween(Instant.now().plus(Duration.ofDays(9)),
				Instant.now().plus(Duration.ofDays(10)));
		Instant now = Instant.now();
		SigningKeyStatus longLived = new SigningKeyStatus("CN=a", "CN=a", now.minusSeconds(60),
				now.plus(Duration.ofDays(31)), null);
		assertThat(this.probes.signingKeyLevel(longLived, now)).isEqualTo(IntegrationLevel.OK);
		SigningKeyStatus expired = new SigningKeyStatus("CN=a", "CN=a", now.minus(Duration.ofDays(400)),
				now.minusSeconds(1), null);
		assertThat(this.probes.signingKeyLevel(expired, now)).isEqualTo(IntegrationLevel.ERROR);
	}

	@Test
	void onlyAdministratorsReachTheChecks() {
		SignIn.as(this.context, "koordinator");
		assertThatThrownBy(() -> this.integrations.overview()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.integrations.testZoom(Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.integrations.sendTestMail("a@b.id", Locale.ENGLISH))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(ZOOM.pendingApiRequests()).isZero();
	}

	@Test
	void theHealthGroupIntegrationsAnswersJsonApartFromLiveness() throws Exception {
		HttpResponse<String> group = get("/actuator/health/integrations");
		assertThat(group.statusCode()).isEqualTo(200);
		assertThat(group.body()).contains("\"zoom\":{\"status\":", "\"jitsi\":{\"status\":", "\"smtp\":{\"status\":\"UP\"",
				"\"signingKey\":{\"status\":\"DEGRADED\"", "\"storage\":{\"status\":\"UP\"", "\"quartz\":{\"status\":")
			.doesNotContain("127.0.0.1", "Pelita uji kunci", ZoomMockServer.CLIENT_SECRET);
		HttpResponse<String> liveness = get("/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("\"status\":\"UP\"").doesNotContain("signingKey", "smtp");
		HttpResponse<String> node = get("/actuator/health");
		assertThat(node.statusCode()).isEqualTo(200);
		assertThat(node.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void aSignedInAdministratorSeesTheDetailsWithoutSecrets() throws Exception {
		try (HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build()) {
			Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*?(?:content|value)=\"([^\"]+)\"")
				.matcher(get(browser, "/login").body());
			assertThat(csrf.find()).isTrue();
			String form = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&username=admin&password="
					+ URLEncoder.encode(SignIn.DEMO_PASSWORD, StandardCharsets.UTF_8);
			browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			HttpResponse<String> group = get(browser, "/actuator/health/integrations");
			assertThat(group.statusCode()).isEqualTo(200);
			assertThat(group.body()).contains("\"details\"", "CN=Pelita uji kunci", "\"host\":\"127.0.0.1\"",
					"\"configured\":true").doesNotContain(ZoomMockServer.CLIENT_SECRET, "uji-integrasi");
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return get(http, path);
		}
	}

	private HttpResponse<String> get(HttpClient http, String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private String audited(String system) {
		return this.jdbc.queryForObject("""
				select after_json from audit_log where action = 'INTEGRATION_TESTED' and object_type = 'INTEGRATION'
				and object_id = ? order by id desc limit 1""", String.class, system);
	}

	/** A PKCS#12 file with a self-signed key whose certificate expires after {@code validity}. */
	static Path shortLivedKeyStore(Duration validity) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			X500Name name = new X500Name("CN=Pelita uji kunci,O=Pelita LMS,C=ID");
			Instant now = Instant.now();
			X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
					new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
							Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(validity)), name,
							pair.getPublic())
						.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("uji", pair.getPrivate(), "uji-integrasi".toCharArray(),
					new Certificate[] { certificate });
			Path file = Files.createTempFile("pelita-signing-", ".p12");
			try (OutputStream out = Files.newOutputStream(file)) {
				store.store(out, "uji-integrasi".toCharArray());
			}
			file.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
