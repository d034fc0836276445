package id.pelita.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.pelita.shared.UserFacingException;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.audit.AuditQuery;
import id.pelita.shared.audit.AuditRecord;
import id.pelita.shared.audit.AuditTrail;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static id.pelita.catalog.TestCourses.course;
import static id.pelita.catalog.TestCourses.png;
import static id.pelita.catalog.TestCourses.withHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Courses and their cover images against a real database; run on H2 and PostgreSQL by the subclasses. */
abstract class CatalogServiceTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	CatalogService catalog;

	@Value("${pelita.storage.directory}")
	Path storage;

	@BeforeEach
	void signInAsOrganiser() {
		SignIn.as(this.context, "penyelenggara");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void organiserChangesEveryFieldOfACourse() {
		long id = this.catalog.createCourse(course(TestData.username("LAT")));
		String code = TestData.username("UBAH");
		NewCourse changed = new NewCourse(code, "  Manajemen Risiko Pembangunan Daerah ", "Materi **baru**",
				CompetencyType.PEMERINTAHAN, "Perencanaan", 24, LearningMode.BLENDED, "Pejabat administrator",
				new BigDecimal("72.5"), new BigDecimal("90"), "sttp-standar");
		this.catalog.updateCourse(id, changed);
		CourseDetails course = this.catalog.course(id);
		assertThat(course.code()).isEqualTo(code);
		assertThat(course.title()).isEqualTo("Manajemen Risiko Pembangunan Daerah");
		assertThat(course.description()).isEqualTo("Materi **baru**");
		assertThat(course.descriptionHtml()).contains("<strong>baru</strong>");
		assertThat(course.competencyType()).isEqualTo(CompetencyType.PEMERINTAHAN);
		assertThat(course.category()).isEqualTo("Perencanaan");
		assertThat(course.jp().hours()).isEqualTo(24);
		assertThat(course.learningMode()).isEqualTo(LearningMode.BLENDED);
		assertThat(course.targetAudience()).isEqualTo("Pejabat administrator");
		assertThat(course.passMark()).isEqualByComparingTo("72.5");
		assertThat(course.attendanceThreshold()).isEqualByComparingTo("90");
		assertThat(course.certificateTemplate()).isEqualTo("sttp-standar");
		assertThat(this.catalog.courses()).anyMatch(summary -> summary.id() == id && summary.code().equals(code));
	}

	@Test
	void aChangedCertificateTemplateIsAnAuditEntryWithTheTemplateBeforeAndAfter() {
		long id = this.catalog.createCourse(course(TestData.username("TPL")));
		CourseDetails created = this.catalog.course(id);
		this.catalog.updateCourse(id, course(created.code()).withTitle("Judul baru"));
		this.catalog.updateCourse(id, course(created.code()).withCertificateTemplate("modern-portrait"));
		List<AuditRecord> entries = this.context.getBean(AuditTrail.class)
			.page(new AuditQuery(null, null, AuditObject.COURSE, Long.toString(id), null, null, null), null, 10);
		assertThat(entries).as("only the template change is one").hasSize(1);
		assertThat(entries.getFirst().action()).isEqualTo("CERTIFICATE_TEMPLATE_CHANGED");
		assertThat(entries.getFirst().actorUsername()).isEqualTo("penyelenggara");
		assertThat(entries.getFirst().beforeJson()).isEqualTo("{\"template\":\"sttp-standar\"}");
		assertThat(entries.getFirst().afterJson()).isEqualTo("{\"template\":\"modern-portrait\"}");
	}

	@Test
	void everyFieldIsCheckedWithItsOwnMessageAndNothingIsChanged() {
		long id = this.catalog.createCourse(course(TestData.username("CEK")));
		String taken = this.catalog.courses().stream().filter(c -> c.id() != id).findFirst().orElseThrow().code();
		List<Refusal> refusals = List.of(new Refusal("course.error.code", c -> c.withCode(" ")),
				new Refusal("course.error.codeFormat", c -> c.withCode("KODE DENGAN SPASI")),
				new Refusal("course.error.codeTaken", c -> c.withCode(taken)),
				new Refusal("course.error.title", c -> c.withTitle("")),
				new Refusal("course.error.title", c -> c.withTitle("x".repeat(201))),
				new Refusal("course.error.description", c -> c.withDescription(" ")),
				new Refusal("course.error.competencyType", c -> c.withCompetencyType(null)),
				new Refusal("course.error.category", c -> c.withCategory("")),
				new Refusal("course.error.jp", c -> c.withJp(0)),
				new Refusal("course.error.jp", c -> c.withJp(201)),
				new Refusal("course.error.learningMode", c -> c.withLearningMode(null)),
				new Refusal("course.error.targetAudience", c -> c.withTargetAudience("x".repeat(1001))),
				new Refusal("course.error.passMark", c -> c.withPassMark(new BigDecimal("100.01"))),
				new Refusal("course.error.passMark", c -> c.withPassMark(null)),
				new Refusal("course.error.attendanceThreshold", c -> c.withAttendanceThreshold(BigDecimal.valueOf(-1))),
				new Refusal("course.error.certificateTemplate", c -> c.withCertificateTemplate("tidak-ada")));
		CourseDetails before = this.catalog.course(id);
		for (Refusal refusal : refusals) {
			NewCourse bad = refusal.change().apply(before.toNewCourse());
			assertThatExceptionOfType(UserFacingException.class).as(refusal.key())
				.isThrownBy(() -> this.catalog.updateCourse(id, bad))
				.extracting(UserFacingException::messageKey)
				.isEqualTo(refusal.key());
			assertThat(this.catalog.course(id)).isEqualTo(before);
		}
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.catalog.createCourse(before.toNewCourse().withCode(TestData.username("B")).withJp(0)))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("course.error.jp");
	}

	@Test
	void keepingItsOwnCodeIsNotATakenCode() {
		long id = this.catalog.createCourse(course(TestData.username("SAMA")));
		NewCourse same = this.catalog.course(id).toNewCourse().withTitle("Judul Baru");
		this.catalog.updateCourse(id, same);
		assertThat(this.catalog.course(id).title()).isEqualTo("Judul Baru");
	}

	@Test
	void participantsCannotChangeCourses() {
		long id = this.catalog.createCourse(course(TestData.username("HAK")));
		SignIn.as(this.context, "peserta");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.catalog.updateCourse(id, course(TestData.username("X"))));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.catalog.setCoverImage(id, "sampul.png", png(100)));
	}

	@Test
	void goodPngIsStoredUnderItsSha256AndServedFromItsPath() throws IOException {
		long id = this.catalog.createCourse(course(TestData.username("PNG")));
		byte[] image = png(5_000);
		this.catalog.setCoverImage(id, "sampul kursus.png", image);
		String expected = "covers/" + sha256(image) + ".png";
		CourseDetails course = this.catalog.course(id);
		assertThat(course.coverImage()).isEqualTo(expected);
		assertThat(course.coverImageUrl()).isEqualTo("images/" + expected);
		assertThat(Files.readAllBytes(this.storage.resolve(expected))).isEqualTo(image);
		assertThat(this.catalog.courses()).filteredOn(summary -> summary.id() == id)
			.extracting(CourseSummary::coverImageUrl)
			.containsExactly("images/" + expected);
	}

	@Test
	void jpegAndWebpAreRecognisedByTheirBytesWhateverTheirName() {
		long id = this.catalog.createCourse(course(TestData.username("JPG")));
		byte[] jpeg = withHeader(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, 2_000);
		this.catalog.setCoverImage(id, "foto.png", jpeg);
		assertThat(this.catalog.course(id).coverImage()).isEqualTo("covers/" + sha256(jpeg) + ".jpg");
		byte[] webp = withHeader("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), 2_000);
		this.catalog.setCoverImage(id, "gambar", webp);
		assertThat(this.catalog.course(id).coverImage()).isEqualTo("covers/" + sha256(webp) + ".webp");
	}

	@Test
	void textFileRenamedPngIsRefusedAndNothingIsStored() throws IOException {
		long id = this.catalog.createCourse(course(TestData.username("TXT")));
		Set<Path> before = storedCovers();
		byte[] text = "Ini bukan gambar, hanya catatan rapat.".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.catalog.setCoverImage(id, "catatan.png", text))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("cover.error.type"))
			.satisfies(ex -> assertThat(ex.arguments()).containsExactly("catatan.png"));
		assertThat(this.catalog.course(id).coverImage()).isNull();
		assertThat(storedCovers()).isEqualTo(before);
	}

	@Test
	void imageLargerThanTwoMegabytesIsRefusedAndNothingIsStored() throws IOException {
		long id = this.catalog.createCourse(course(TestData.username("BESAR")));
		this.catalog.setCoverImage(id, "lama.png", png(1_000));
		String previous = this.catalog.course(id).coverImage();
		Set<Path> before = storedCovers();
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.catalog.setCoverImage(id, "besar.png", png(2 * 1024 * 1024 + 1)))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("cover.error.tooLarge");
		assertThat(this.catalog.course(id).coverImage()).isEqualTo(previous);
		assertThat(storedCovers()).isEqualTo(before);
		this.catalog.setCoverImage(id, "pas.png", png(2 * 1024 * 1024));
		assertThat(this.catalog.course(id).coverImage()).isNotEqualTo(previous);
	}

	@Test
	void aNewCoverReplacesTheOldFile() throws IOException {
		long id = this.catalog.createCourse(course(TestData.username("GANTI")));
		this.catalog.setCoverImage(id, "pertama.png", png(1_000));
		Path first = this.storage.resolve(this.catalog.course(id).coverImage());
		this.catalog.setCoverImage(id, "kedua.png", png(1_000));
		Path second = this.storage.resolve(this.catalog.course(id).coverImage());
		assertThat(second).exists().isNotEqualTo(first);
		assertThat(first).doesNotExist();
	}

	@Test
	void courseAndCoverAreSavedTogetherOrNotAtAll() throws IOException {
		Set<Path> before = storedCovers();
		NewCourse bad = course(TestData.username("GAGAL")).withCategory(" ");
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.catalog.createCourse(bad, new CoverUpload("sampul.png", png(1_000))))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("course.error.category");
		assertThat(storedCovers()).isEqualTo(before);
		assertThat(this.catalog.courses()).noneMatch(summary -> summary.code().equals(bad.code()));
		NewCourse good = course(TestData.username("BERSAMA"));
		long id = this.catalog.createCourse(good, new CoverUpload("sampul.png", png(1_000)));
		assertThat(this.storage.resolve(this.catalog.course(id).coverImage())).exists();
	}

	@Test
	void coverWrittenInATransactionThatRollsBackIsRemoved(@Autowired PlatformTransactionManager transactions) {
		long id = this.catalog.createCourse(course(TestData.username("BATAL")));
		Set<Path> before = storedCovers();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			this.catalog.setCoverImage(id, "sampul.png", png(1_000));
			assertThat(storedCovers()).hasSize(before.size() + 1);
			status.setRollbackOnly();
		});
		assertThat(storedCovers()).isEqualTo(before);
		assertThat(this.catalog.course(id).coverImage()).isNull();
	}

	@Test
	void certificateTemplatesAreTheFoldersOfTheTemplatesDirectory() {
		assertThat(this.catalog.certificateTemplates()).contains("sttp-standar");
		assertThat(this.catalog.defaultCertificateTemplate()).isEqualTo("sttp-standar");
	}

	private Set<Path> storedCovers() {
		Path covers = this.storage.resolve("covers");
		if (!Files.isDirectory(covers)) {
			return Set.of();
		}
		try (Stream<Path> files = Files.list(covers)) {
			return files.collect(Collectors.toSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Refusal(String key, UnaryOperator<NewCourse> change) {
	}

}
