package id.pelita.certificate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import id.pelita.catalog.EnrolmentMode;
import id.pelita.certificate.internal.CertificateIssuer;
import id.pelita.certificate.internal.CertificateRow;
import id.pelita.certificate.internal.CertificateStore;
import id.pelita.certificate.internal.SettingsStore;
import id.pelita.certificate.internal.template.DemoSignature;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.audit.AuditQuery;
import id.pelita.shared.audit.AuditRecord;
import id.pelita.shared.audit.AuditTrail;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.Await;
import id.pelita.support.H2Test;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Certificates issued, reissued (the old one superseded) and revoked, the setup page's changes and the certificate
 * ZIPs are entries of the one audit log; a revocation rolled back leaves its certificate valid and no entry.
 */
@H2Test
class CertificateAuditTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	CertificateIssuer issuer;

	@Autowired
	CertificateStore store;

	@Autowired
	SettingsStore settings;

	@Autowired
	CertificateAdministration administration;

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate transactions;

	EnrolmentFixtures fixtures;

	long runId;

	long agencyId;

	@BeforeEach
	void setUp() {
		this.fixtures = new EnrolmentFixtures(this.context);
		this.agencyId = this.fixtures.agency("36.04.02");
		this.runId = this.fixtures.openRun(50, Map.of(), EnrolmentMode.OPEN);
		SettingsStore.Settings current = this.settings.settings();
		this.settings.save(new SettingsStore.Settings("{seq}/" + TestData.username("A").toUpperCase()
				+ "/{romanMonth}/{year}", current.issuer(), current.issuePlace(), current.officialId()), Instant.now());
		Await.until("the demo official's signature", Duration.ofSeconds(10),
				() -> this.settings.officials().getFirst().signaturePath() != null);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void issueReissueAndRevocationAreEntriesAboutTheHolder() {
		PersonRef person = this.fixtures.employee(this.agencyId);
		this.issuer.completed(this.runId, person.accountId(), Instant.now());
		CertificateRow original = this.store.valid(this.runId, person.accountId()).orElseThrow();
		PelitaUser organiser = (PelitaUser) SignIn.as(this.context, "penyelenggara").getPrincipal();
		long reissued = this.administration.reissue(original.id(), "Nama dikoreksi");
		CertificateRow replacement = this.store.find(reissued).orElseThrow();
		this.administration.revoke(reissued, "Data kehadiran dipalsukan");

		assertThat(entries(original.id())).extracting(AuditRecord::action, AuditRecord::actorUsername,
				AuditRecord::beforeJson)
			.containsExactly(tuple("CERTIFICATE_SUPERSEDED", "penyelenggara", "{\"status\":\"VALID\"}"),
					tuple("CERTIFICATE_ISSUED", "system", null));
		AuditRecord issued = entries(original.id()).getLast();
		assertThat(issued.subjectAccountId()).isEqualTo(person.accountId());
		assertThat(issued.subjectAgencyId()).isEqualTo(this.agencyId);
		assertThat(issued.afterJson()).contains("\"number\":\"" + original.number() + "\"");
		assertThat(entries(original.id()).getFirst().afterJson()).isEqualTo("{\"status\":\"SUPERSEDED\",\"supersededBy\":\""
				+ replacement.number() + "\",\"reason\":\"Nama dikoreksi\"}");
		List<AuditRecord> replaced = entries(reissued);
		assertThat(replaced).extracting(AuditRecord::action, AuditRecord::actorAccountId)
			.containsExactly(tuple("CERTIFICATE_REVOKED", organiser.accountId()),
					tuple("CERTIFICATE_REISSUED", organiser.accountId()));
		assertThat(replaced.getFirst().beforeJson()).isEqualTo("{\"status\":\"VALID\"}");
		assertThat(replaced.getFirst().afterJson())
			.isEqualTo("{\"status\":\"REVOKED\",\"reason\":\"Data kehadiran dipalsukan\"}");
		assertThat(replaced.getLast().afterJson()).contains("\"supersedes\":\"" + original.number() + "\"",
				"Nama dikoreksi");
	}

	@Test
	void aRevocationRolledBackLeavesTheCertificateValidAndNoEntry() {
		PersonRef person = this.fixtures.employee(this.agencyId);
		this.issuer.completed(this.runId, person.accountId(), Instant.now());
		CertificateRow row = this.store.valid(this.runId, person.accountId()).orElseThrow();
		SignIn.as(this.context, "penyelenggara");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.transactions.executeWithoutResult(status -> {
				this.administration.revoke(row.id(), "Akan dibatalkan");
				throw new IllegalStateException("the caller's transaction fails after the revocation");
			}));
		assertThat(this.store.find(row.id()).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);
		assertThat(entries(row.id())).extracting(AuditRecord::action).containsExactly("CERTIFICATE_ISSUED");
	}

	@Test
	void theSetupPagesChangesAreEntriesWithTheFieldsBeforeAndAfter() {
		CertificateSetup setup = this.context.getBean(CertificateSetup.class);
		SignIn.as(this.context, "penyelenggara");
		CertificateSetup.Numbering before = setup.numbering();
		String place = "Serang " + TestData.username("p");
		setup.saveNumbering(new CertificateSetup.Numbering(before.pattern(), before.issuer(), place,
				before.officialId()));
		AuditRecord numbering = this.trail.page(new AuditQuery("penyelenggara",
				AuditAction.CERTIFICATE_NUMBERING_CHANGED, AuditObject.CERTIFICATE_SETTINGS, null, null, null, null),
				null, 1)
			.getFirst();
		assertThat(numbering.beforeJson()).isEqualTo("{\"issuePlace\":\"" + before.place() + "\"}");
		assertThat(numbering.afterJson()).isEqualTo("{\"issuePlace\":\"" + place + "\"}");

		String name = "Pejabat " + TestData.username("o");
		long official = setup.addOfficial(name, null, "Kepala Badan", DemoSignature.png(), "ttd.png");
		String firstSignature = this.settings.official(official).orElseThrow().signaturePath();
		setup.replaceSignature(official, otherSignature(), "ttd-baru.png");
		String newSignature = this.settings.official(official).orElseThrow().signaturePath();
		List<AuditRecord> officials = this.trail.page(new AuditQuery(null, null, AuditObject.SIGNING_OFFICIAL,
				Long.toString(official), null, null, null), null, 10);
		assertThat(officials).extracting(AuditRecord::action)
			.containsExactly("SIGNATURE_REPLACED", "SIGNING_OFFICIAL_ADDED");
		assertThat(officials.getLast().afterJson()).contains("\"name\":\"" + name + "\"", "\"title\":\"Kepala Badan\"");
		assertThat(officials.getFirst().beforeJson()).isEqualTo("{\"signature\":\"" + firstSignature + "\"}");
		assertThat(officials.getFirst().afterJson()).contains("\"signature\":\"" + newSignature + "\"");
		assertThat(newSignature).isNotEqualTo(firstSignature);
	}

	@Test
	void theRunsAndTheAgencysZipsAreRecordedAsListsOfPeople() {
		PersonRef person = this.fixtures.employee(this.agencyId);
		this.issuer.completed(this.runId, person.accountId(), Instant.now());
		SignIn.as(this.context, "penyelenggara");
		assertThat(this.administration.writeZip(this.runId, new ByteArrayOutputStream())).isEqualTo(1);
		AuditRecord run = download(CertificateAdministration.zipName(this.runId));
		assertThat(run.actorUsername()).isEqualTo("penyelenggara");
		assertThat(run.afterJson()).contains("\"runId\":" + this.runId, "\"certificates\":1");

		PelitaUser coordinator = this.fixtures.coordinator(this.fixtures.agency("36.04"));
		this.fixtures.as(coordinator, () -> this.context.getBean(AgencyCertificates.class)
			.writeZip(new AgencyCertificates.Filter(null, this.runId, null), new ByteArrayOutputStream()));
		AuditRecord agency = download(AgencyCertificates.ZIP_NAME);
		assertThat(agency.actorAccountId()).isEqualTo(coordinator.accountId());
		assertThat(agency.subjectAgencyId()).isEqualTo(coordinator.agencyId());
		assertThat(agency.afterJson()).contains("\"runId\":" + this.runId, "\"certificates\":1");
	}

	private static byte[] otherSignature() {
		BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 4, 0x123456);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private AuditRecord download(String file) {
		return this.trail.page(new AuditQuery(null, AuditAction.LIST_DOWNLOADED, AuditObject.LIST, file, null, null,
				null), null, 1).getFirst();
	}

	private List<AuditRecord> entries(long certificateId) {
		return this.trail.page(new AuditQuery(null, null, AuditObject.CERTIFICATE, Long.toString(certificateId), null,
				null, null), null, 10);
	}

}
