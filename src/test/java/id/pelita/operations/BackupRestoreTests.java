package id.pelita.operations;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Enumeration;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import id.pelita.PelitaApplication;
import id.pelita.certificate.CertificateVerification;
import id.pelita.certificate.FileVerification;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.learning.ParticipantCompleted;
import id.pelita.shared.files.FileStore;
import id.pelita.support.Await;
import id.pelita.support.H2Test;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Backup of a running embedded default (H2 file database) -> a new, empty data directory -> the restore command ->
 * the application starts on it with the account, the run and the certificate, which still verifies (hash and
 * signature). Corrupt and foreign archives and a non-empty target are refused with nothing written.
 */
@H2Test
@DirtiesContext
class BackupRestoreTests {

	static final Path SOURCE = temporary();

	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> url(SOURCE));
		registry.add("pelita.storage.directory", () -> SOURCE.resolve("files").toString());
		registry.add("pelita.backup.directory", () -> SOURCE.resolve("backups").toString());
		registry.add("pelita.backup.keep", () -> "2");
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	BackupService backups;

	@Autowired
	FileStore files;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path scratch;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aBackupRestoredIntoAnEmptyDirectoryStartsWithTheAccountsRunsAndVerifiableCertificates() throws Exception {
		EnrolmentFixtures fixtures = new EnrolmentFixtures(this.context);
		long agencyId = fixtures.agency("36.04.03");
		long runId = fixtures.openRun(50, Map.of(), EnrolmentMode.OPEN);
		PersonRef person = fixtures.employee(agencyId);
		Await.until("the demo official's signature", Duration.ofSeconds(20), () -> this.jdbc
			.queryForObject("select count(*) from certificate_official where signature_path is not null", Integer.class) > 0);
		this.transactions.executeWithoutResult(
				status -> this.events.publishEvent(new ParticipantCompleted(runId, person.accountId(), Instant.now())));
		Await.until("the certificate", Duration.ofSeconds(30), () -> this.jdbc.queryForObject(
				"select count(*) from certificate where account_id = ? and pdf_path is not null", Integer.class,
				person.accountId()) == 1);
		Map<String, Object> certificate = this.jdbc.queryForMap(
				"select code, holder_name, pdf_path, pdf_sha256 from certificate where account_id = ?", person.accountId());

		BackupInfo first = fixtures.asSystem(this.backups::backUpNow);
		fixtures.asSystem(this.backups::backUpNow);
		BackupInfo newest = fixtures.asSystem(this.backups::backUpNow);
		assertThat(fixtures.asSystem(this.backups::archives)).extracting(BackupInfo::fileName)
			.as("only the newest pelita.backup.keep archives stay")
			.hasSize(2)
			.startsWith(newest.fileName())
			.doesNotContain(first.fileName());
		assertThat(this.jdbc.queryForList("select action, object_id, actor_username from audit_log"
				+ " where object_type = 'BACKUP'")).contains(Map.of("action", "BACKUP_CREATED", "object_id", newest.fileName(), "actor_username", "system"));
		Path archive = SOURCE.resolve("backups").resolve(newest.fileName());

		Path target = this.scratch.resolve("restored");
		assertThat(restore(archive, target)).isZero();

		try (ConfigurableApplicationContext restored = start(target)) {
			assertThat(SignIn.as(restored, "peserta").isAuthenticated()).isTrue();
			JdbcTemplate jdbc = restored.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from account where id = ?", Integer.class,
					person.accountId())).isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from course_run where id = ?", Integer.class, runId))
				.isEqualTo(1);
			FileStore restoredFiles = restored.getBean(FileStore.class);
			assertThat(restoredFiles.root()).startsWith(target);
			byte[] pdf;
			try (InputStream in = restoredFiles.open((String) certificate.get("pdf_path")).orElseThrow()) {
				pdf = in.readAllBytes();
			}
			CertificateVerification verification = restored.getBean(CertificateVerification.class);
			FileVerification check = verification.verifyFile(new ByteArrayInputStream(pdf));
			assertThat(check.issued()).isTrue();
			assertThat(check.signature()).isEqualTo(FileVerification.SignatureState.INTACT);
			assertThat(verification.byCode((String) certificate.get("code")).orElseThrow().holderName())
				.isEqualTo(certificate.get("holder_name"));
		}
		finally {
			SignIn.out();
		}
	}

	@Test
	void refusesACorruptOrForeignArchiveAndANonEmptyTargetBeforeWritingAnything() throws Exception {
		EnrolmentFixtures fixtures = new EnrolmentFixtures(this.context);
		BackupInfo backup = fixtures.asSystem(this.backups::backUpNow);
		Path archive = SOURCE.resolve("backups").resolve(backup.fileName());

		Path corrupt = this.scratch.resolve("corrupt.zip");
		rewrite(archive, corrupt, true);
		Path empty = Files.createDirectories(this.scratch.resolve("empty"));
		assertThat(restore(corrupt, empty)).isOne();
		assertThat(this.lastError).contains("damaged").contains("checksum");
		assertThat(listing(empty)).isEmpty();

		Path foreign = this.scratch.resolve("foreign.zip");
		rewrite(archive, foreign, false);
		assertThat(restore(foreign, empty)).isOne();
		assertThat(this.lastError).contains("Not a Pelita backup");
		Path notZip = Files.writeString(this.scratch.resolve("notes.zip"), "not an archive");
		assertThat(restore(notZip, empty)).isOne();
		assertThat(this.lastError).contains("Not a ZIP archive");
		assertThat(listing(empty)).isEmpty();

		Path occupied = Files.createDirectories(this.scratch.resolve("occupied"));
		Files.writeString(occupied.resolve("pelita.mv.db"), "today's data");
		assertThat(restore(archive, occupied)).isOne();
		assertThat(this.lastError).contains("not empty");
		assertThat(listing(occupied)).containsExactly(occupied.resolve("pelita.mv.db"));
		assertThat(Files.readString(occupied.resolve("pelita.mv.db"))).isEqualTo("today's data");
	}

	@Test
	void onlyAdministratorsBackUp() {
		EnrolmentFixtures fixtures = new EnrolmentFixtures(this.context);
		PersonRef person = fixtures.employee(fixtures.agency("36.04.03"));
		fixtures.signIn(EnrolmentFixtures.participant(person));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(this.backups::backUpNow);
	}

	String lastError = "";

	private int restore(Path archive, Path target) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = BackupRestore.run(new String[] { "--pelita.restore=" + archive, "--pelita.restore.target=" + target },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		this.lastError = err.toString(StandardCharsets.UTF_8);
		return status;
	}

	/** Copies the archive, either changing one byte of a stored file or leaving out the manifest. */
	private static void rewrite(Path from, Path to, boolean corruptAFile) throws IOException {
		try (ZipFile zip = new ZipFile(from.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
			boolean changed = false;
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (!corruptAFile && entry.getName().equals("manifest.json")) {
					continue;
				}
				byte[] content;
				try (InputStream in = zip.getInputStream(entry)) {
					content = in.readAllBytes();
				}
				if (corruptAFile && !changed && entry.getName().startsWith("database/") && content.length > 0) {
					content[content.length / 2] ^= 1;
					changed = true;
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
	}

	private static java.util.List<Path> listing(Path directory) throws IOException {
		try (Stream<Path> walk = Files.list(directory)) {
			return walk.toList();
		}
	}

	private static ConfigurableApplicationContext start(Path data) {
		// command-line arguments, which come before the test profile's in-memory database
		return new SpringApplicationBuilder(PelitaApplication.class).profiles("test")
			.run("--spring.datasource.url=" + url(data), "--pelita.storage.directory=" + data.resolve("files"),
					"--pelita.backup.directory=" + data.resolve("backups"), "--server.port=0");
	}

	private static String url(Path data) {
		return "jdbc:h2:file:" + data.resolve("pelita")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";
	}

	private static Path temporary() {
		try {
			return Files.createTempDirectory("pelita-backup-source");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
