package id.pelita.certificate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.pelita.certificate.internal.CertificateIssuer;
import id.pelita.certificate.internal.CertificateRow;
import id.pelita.certificate.internal.CertificateStore;
import id.pelita.certificate.internal.SettingsStore;
import id.pelita.certificate.internal.Signing;
import id.pelita.certificate.internal.CertificateRevocations;
import id.pelita.certificate.internal.signing.SignatureCheck;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.learning.ParticipantCompleted;
import id.pelita.learning.ParticipantCompletionRevoked;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.files.FileStore;
import id.pelita.support.Await;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issuing end to end on a real database (H2 and PostgreSQL by the subclasses): from the completion event to a
 * signed, stored, numbered PDF that reads back correctly; exactly once under duplicate events and racing
 * threads; gap-free numbers under 200 concurrent issues; revocation, reissue and verification.
 */
abstract class CertificateIssuingTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	CertificateIssuer issuer;

	@Autowired
	CertificateStore store;

	@Autowired
	SettingsStore settings;

	@Autowired
	CertificateRevocations revocations;

	@Autowired
	CertificateVerification verification;

	@Autowired
	Signing signing;

	@Autowired
	FileStore files;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	EnrolmentFixtures fixtures;

	long runId;

	long agencyId;

	@BeforeEach
	void setUp() {
		this.fixtures = new EnrolmentFixtures(this.context);
		this.agencyId = this.fixtures.agency("36.04.02");
		this.runId = this.fixtures.openRun(500, java.util.Map.of(), id.pelita.catalog.EnrolmentMode.OPEN);
		SettingsStore.Settings current = this.settings.settings();
		this.settings.save(new SettingsStore.Settings("{seq}/" + TestData.username("T").toUpperCase() + "/{romanMonth}/{year}",
				current.issuer(), current.issuePlace(), current.officialId()), Instant.now());
		Await.until("the demo official's signature", Duration.ofSeconds(10),
				() -> this.settings.officials().getFirst().signaturePath() != null);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void issuesASignedCertificateWithinSecondsOfTheCompletionAndItReadsBackCorrectly() throws Exception {
		PersonRef person = this.fixtures.employee(this.agencyId);
		this.jdbc.update("update account set full_name = ? where id = ?", "Ni Luh Putu Ayu Dewi, S.Kom.", person.accountId());
		this.transactions.executeWithoutResult(
				status -> this.events.publishEvent(new ParticipantCompleted(this.runId, person.accountId(), Instant.now())));
		Await.until("the certificate", Duration.ofSeconds(10),
				() -> this.store.valid(this.runId, person.accountId()).isPresent());
		CertificateRow row = this.store.valid(this.runId, person.accountId()).orElseThrow();
		byte[] pdf;
		try (InputStream in = this.files.open(row.pdfPath()).orElseThrow()) {
			pdf = in.readAllBytes();
		}
		assertThat(CertificateVerification.sha256(pdf)).isEqualTo(row.pdfSha256());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Ni Luh Putu Ayu Dewi, S.Kom.").contains(row.number()).contains("sebanyak " + row.jp().stripTrailingZeros().toPlainString() + " Jam Pelajaran")
				.contains(VerificationCode.grouped(row.code()));
			for (var name : document.getPage(0).getResources().getFontNames()) {
				PDFont font = document.getPage(0).getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			}
			var image = new PDFRenderer(document).renderImageWithDPI(0, 150);
			var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(),
					image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth())))));
			assertThat(result.getText()).isEqualTo(this.verification.link(row.code()));
		}
		assertThat(this.signing.check(pdf)).isEqualTo(SignatureCheck.Result.INTACT);
		byte[] tampered = pdf.clone();
		tampered[pdf.length / 3] ^= 1;
		assertThat(this.signing.check(tampered)).isEqualTo(SignatureCheck.Result.BROKEN);
		assertThat(this.fixtures.outbox("certificate-issued", person.accountId())).isEqualTo(1);
		assertThat(pdf.length).isLessThan(200 * 1024);

		FileVerification original = this.verification.verifyFile(new ByteArrayInputStream(pdf));
		assertThat(original.issued()).isTrue();
		assertThat(original.signature()).isEqualTo(FileVerification.SignatureState.INTACT);
		FileVerification changed = this.verification.verifyFile(new ByteArrayInputStream(tampered));
		assertThat(changed.issued()).isFalse();
		assertThat(changed.signature()).isEqualTo(FileVerification.SignatureState.BROKEN);
	}

	@Test
	void duplicateEventsAndRacingThreadsIssueExactlyOneCertificate() throws Exception {
		PersonRef person = this.fixtures.employee(this.agencyId);
		Instant completedAt = Instant.now();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<CertificateIssuer.Outcome>> outcomes = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			outcomes.add(pool.submit(() -> {
				start.await();
				return this.issuer.completed(this.runId, person.accountId(), completedAt);
			}));
		}
		start.countDown();
		List<CertificateIssuer.Outcome> results = new ArrayList<>();
		for (Future<CertificateIssuer.Outcome> outcome : outcomes) {
			results.add(outcome.get());
		}
		pool.shutdown();
		assertThat(results).containsOnlyOnce(CertificateIssuer.Outcome.ISSUED);
		assertThat(this.jdbc.queryForObject("select count(*) from certificate where run_id = ? and account_id = ?",
				Integer.class, this.runId, person.accountId())).isEqualTo(1);
		this.transactions.executeWithoutResult(
				status -> this.events.publishEvent(new ParticipantCompleted(this.runId, person.accountId(), completedAt)));
		Await.eventsHandled(this.jdbc);
		assertThat(this.jdbc.queryForObject("select count(*) from certificate where run_id = ? and account_id = ?",
				Integer.class, this.runId, person.accountId())).isEqualTo(1);
	}

	@Test
	void twoHundredConcurrentIssuesGetNumbersWithoutGapOrDuplicate() throws Exception {
		List<PersonRef> people = this.fixtures.employees(200, this.agencyId);
		String pattern = this.settings.settings().numberPattern();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<CertificateIssuer.Outcome>> outcomes = new ArrayList<>();
		for (PersonRef person : people) {
			Callable<CertificateIssuer.Outcome> issue = () -> {
				start.await();
				return this.issuer.completed(this.runId, person.accountId(), Instant.now());
			};
			outcomes.add(pool.submit(issue));
		}
		start.countDown();
		for (Future<CertificateIssuer.Outcome> outcome : outcomes) {
			assertThat(outcome.get()).isEqualTo(CertificateIssuer.Outcome.ISSUED);
		}
		pool.shutdown();
		String prefixFree = pattern.substring(pattern.indexOf('/'));
		List<String> numbers = this.jdbc.queryForList("select number from certificate where run_id = ?", String.class,
				this.runId);
		Set<Long> sequences = new HashSet<>();
		for (String number : numbers) {
			assertThat(number).endsWith(prefixFree.replace("{romanMonth}", romanMonth()).replace("{year}",
					String.valueOf(LocalDate.now(id.pelita.shared.time.IndonesianTime.DEFAULT_ZONE).getYear())));
			sequences.add(Long.parseLong(number.substring(0, number.indexOf('/'))));
		}
		assertThat(sequences).hasSize(200);
		assertThat(sequences).allMatch(value -> value >= 1 && value <= 200);
	}

	@Test
	void revocationAndReissueShowInVerificationAndARevokedCompletionRevokesTheCertificate() {
		PersonRef first = this.fixtures.employee(this.agencyId);
		PersonRef second = this.fixtures.employee(this.agencyId);
		this.issuer.completed(this.runId, first.accountId(), Instant.now());
		this.issuer.completed(this.runId, second.accountId(), Instant.now());
		CertificateRow original = this.store.valid(this.runId, first.accountId()).orElseThrow();
		assertThat(this.verification.byCode(original.code().toLowerCase())).get()
			.extracting(PublicCertificate::status)
			.isEqualTo(CertificateStatus.VALID);

		long reissued = this.fixtures.asSystem(() -> this.context.getBean(CertificateAdministration.class)
			.reissue(original.id(), "Nama dikoreksi"));
		assertThat(this.verification.byCode(original.code())).get()
			.extracting(PublicCertificate::status)
			.isEqualTo(CertificateStatus.SUPERSEDED);
		CertificateRow replacement = this.store.find(reissued).orElseThrow();
		assertThat(replacement.version()).isEqualTo(2);
		assertThat(replacement.supersedesId()).isEqualTo(original.id());
		assertThat(this.verification.byCode(replacement.code())).get()
			.extracting(PublicCertificate::status)
			.isEqualTo(CertificateStatus.VALID);

		this.fixtures.asSystem(() -> {
			this.context.getBean(CertificateAdministration.class).revoke(replacement.id(), "Data kehadiran dipalsukan");
			return null;
		});
		PublicCertificate revoked = this.verification.byCode(replacement.code()).orElseThrow();
		assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
		assertThat(revoked.revokedReason()).isEqualTo("Data kehadiran dipalsukan");

		CertificateRow secondCertificate = this.store.valid(this.runId, second.accountId()).orElseThrow();
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(
				new ParticipantCompletionRevoked(this.runId, second.accountId(), "Nilai post-test dibatalkan", Instant.now())));
		Await.until("the revocation", Duration.ofSeconds(10),
				() -> this.store.find(secondCertificate.id()).orElseThrow().status() == CertificateStatus.REVOKED);
		assertThat(this.verification.byCode("AAAAA-AAAAA-AAAAA")).isEmpty();
		assertThat(this.verification.byCode("not a code")).isEmpty();
	}

	@Test
	void aHundredAndTwentyCharacterNameStillFitsTheCertificate() throws Exception {
		PersonRef person = this.fixtures.employee(this.agencyId);
		String name = "Prof. Dr. Ir. H. Raden Mas Muhammad Abdurrahman Wahyu Setiawan Nugroho Prawirodirdjo Kusumaningrat, S.T., M.Eng., Ph.D.";
		this.jdbc.update("update account set full_name = ? where id = ?", name.substring(0, Math.min(120, name.length())),
				person.accountId());
		assertThat(this.issuer.completed(this.runId, person.accountId(), Instant.now()))
			.isEqualTo(CertificateIssuer.Outcome.ISSUED);
		CertificateRow row = this.store.valid(this.runId, person.accountId()).orElseThrow();
		try (InputStream in = this.files.open(row.pdfPath()).orElseThrow(); PDDocument document = Loader.loadPDF(in.readAllBytes())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(row.holderName());
		}
	}

	@Test
	void aCoordinatorFindsTheAgencysCertificatesByNameOrNipAndGetsThemAsOneZip() throws Exception {
		PersonRef unit = this.fixtures.employeeNamed("Rahmat Hidayat 100%_" + TestData.username("x"), this.agencyId);
		PersonRef other = this.fixtures.employee(this.fixtures.agency("36.01"));
		this.issuer.completed(this.runId, unit.accountId(), Instant.now());
		this.issuer.completed(this.runId, other.accountId(), Instant.now());
		AgencyCertificates agency = this.context.getBean(AgencyCertificates.class);
		var coordinator = this.fixtures.coordinator(this.fixtures.agency("36.04"));
		byte[] zipped = this.fixtures.as(coordinator, () -> {
			AgencyCertificates.Filter run = new AgencyCertificates.Filter(null, this.runId, null);
			assertThat(agency.page(run, 0, 10)).extracting(AgencyCertificate::holderName)
				.containsExactly(unit.fullName());
			assertThat(agency.count(new AgencyCertificates.Filter(null, this.runId, "rahmat HIDAYAT 100%_")))
				.isEqualTo(1);
			assertThat(agency.count(new AgencyCertificates.Filter(null, this.runId, "rahmat 100%"))).isZero();
			String nip = unit.nip();
			assertThat(agency.count(new AgencyCertificates.Filter(null, this.runId,
					nip.substring(0, 8) + " " + nip.substring(8)))).isEqualTo(1);
			assertThat(agency.runs(null)).extracting(AgencyCertificates.RunOption::runId).contains(this.runId);
			var out = new java.io.ByteArrayOutputStream();
			assertThat(agency.writeZip(run, out)).isEqualTo(1);
			return out.toByteArray();
		});
		try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zipped))) {
			assertThat(zip.getNextEntry().getName()).startsWith("STTP-").endsWith(".pdf");
			assertThat(CertificateVerification.sha256(zip.readAllBytes()))
				.isEqualTo(this.store.valid(this.runId, unit.accountId()).orElseThrow().pdfSha256());
			assertThat(zip.getNextEntry()).isNull();
		}
	}

	@Test
	void aCertificateWhoseFileFailedKeepsItsNumberIsBeingPreparedAndTheSweepFinishesItOnce() throws Exception {
		PersonRef person = this.fixtures.employee(this.agencyId);
		Path certificates = this.files.root().resolve("certificates");
		Path aside = this.files.root().resolve("certificates-aside-" + TestData.username("x"));
		Files.createDirectories(certificates);
		Files.move(certificates, aside);
		Files.writeString(certificates, "not a directory: storing the file fails after the number is taken");
		CertificateRow preparing;
		try {
			assertThat(this.issuer.completed(this.runId, person.accountId(), Instant.now()))
				.isEqualTo(CertificateIssuer.Outcome.PENDING);
			preparing = this.store.preparing(this.runId, person.accountId()).orElseThrow();
			// a second delivery while the first attempt still has it does nothing
			assertThat(this.issuer.completed(this.runId, person.accountId(), Instant.now()))
				.isEqualTo(CertificateIssuer.Outcome.ALREADY_ISSUED);
		}
		finally {
			Files.delete(certificates);
			Files.move(aside, certificates);
		}
		assertThat(preparing.pdfPath()).isNull();
		assertThat(preparing.number()).isNotBlank();
		assertThat(this.verification.byCode(preparing.code())).get()
			.extracting(PublicCertificate::status)
			.isEqualTo(CertificateStatus.PREPARING);
		assertThatThrownBy(() -> this.fixtures.asSystem(
				() -> this.context.getBean(HolderCertificates.class).pdf(preparing.code())))
			.isInstanceOfSatisfying(UserFacingException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("certificate.pdf.preparing"));
		Await.eventsHandled(this.jdbc);
		assertThat(this.fixtures.outbox("certificate-issued", person.accountId())).isZero();
		assertThat(this.jdbc.queryForObject("select problem from certificate_request where run_id = ? and account_id = ?",
				String.class, this.runId, person.accountId())).isEqualTo("certificate.pending.error");

		// the sweep, a while later, finishes the same certificate: its number, code and audit entry stay
		this.jdbc.update("update certificate_request set updated_at = ? where run_id = ? and account_id = ?",
				java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(2), this.runId, person.accountId());
		assertThat(this.issuer.sweep(Instant.now(), 500)).isGreaterThanOrEqualTo(1);
		assertThat(this.issuer.sweep(Instant.now(), 500)).isZero();
		CertificateRow valid = this.store.valid(this.runId, person.accountId()).orElseThrow();
		assertThat(valid.id()).isEqualTo(preparing.id());
		assertThat(valid.number()).isEqualTo(preparing.number());
		assertThat(valid.code()).isEqualTo(preparing.code());
		byte[] pdf;
		try (InputStream in = this.files.open(valid.pdfPath()).orElseThrow()) {
			pdf = in.readAllBytes();
		}
		assertThat(CertificateVerification.sha256(pdf)).isEqualTo(valid.pdfSha256());
		assertThat(this.signing.check(pdf)).isEqualTo(SignatureCheck.Result.INTACT);
		assertThat(this.verification.byCode(valid.code())).get()
			.extracting(PublicCertificate::status)
			.isEqualTo(CertificateStatus.VALID);
		assertThat(this.jdbc.queryForList("select action from audit_log where object_type = 'CERTIFICATE' and object_id = ?",
				String.class, Long.toString(valid.id()))).containsExactly("CERTIFICATE_ISSUED");
		Await.eventsHandled(this.jdbc);
		assertThat(this.fixtures.outbox("certificate-issued", person.accountId())).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from certificate where run_id = ? and account_id = ?",
				Integer.class, this.runId, person.accountId())).isEqualTo(1);
	}

	@Test
	void theCoursesTopicsFromItsDescriptionAreOnTheSecondPage() throws Exception {
		PersonRef person = this.fixtures.employee(this.agencyId);
		long courseId = this.jdbc.queryForObject("select course_id from course_run where id = ?", Long.class, this.runId);
		this.jdbc.update("update course set description = ?, certificate_template = 'sttp-standar' where id = ?", """
				Pelatihan ini membahas:

				| No | Mata pelatihan | JP |
				|----|----------------|----|
				| 1 | Wawasan kebangsaan dan nilai-nilai bela negara | 3 |
				| 2 | Etika publik dan akuntabilitas kinerja | 5 |
				""", courseId);
		assertThat(this.issuer.completed(this.runId, person.accountId(), Instant.now()))
			.isEqualTo(CertificateIssuer.Outcome.ISSUED);
		CertificateRow row = this.store.valid(this.runId, person.accountId()).orElseThrow();
		try (InputStream in = this.files.open(row.pdfPath()).orElseThrow(); PDDocument document = Loader.loadPDF(in.readAllBytes())) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			String second = stripper.getText(document).replaceAll("\\s+", " ");
			assertThat(second).contains("Etika publik dan akuntabilitas kinerja").contains("Wawasan kebangsaan")
				.contains(row.number());
		}
	}

	private static String romanMonth() {
		String[] roman = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };
		return roman[LocalDate.now(id.pelita.shared.time.IndonesianTime.DEFAULT_ZONE).getMonthValue() - 1];
	}

}
