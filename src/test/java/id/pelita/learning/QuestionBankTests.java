package id.pelita.learning;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import id.pelita.catalog.TestCourses;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The question bank against a real database (H2 and PostgreSQL): imports all or nothing, rights, images. */
@Import(QuizAttemptsTests.TestClock.class)
@RecordApplicationEvents
abstract class QuestionBankTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	QuestionBank bank;

	private long courseId;

	private QuizFixtures fixtures;

	@BeforeEach
	void course() {
		this.fixtures = new QuizFixtures(this.context);
		this.courseId = this.fixtures.courseOf(this.fixtures.run(5));
		SignIn.as(this.context, "penyelenggara");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aFileWithOneBadRowImportsNothing() {
		int before = this.bank.questions(this.courseId, null).size();
		String csv = "jenis;pertanyaan;jawaban;opsi_1;opsi_2\nPG;Satu?;1;A;B\nPG;Dua?;7;A;B\n";

		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.bank.importAll(this.courseId, this.bank.preview(csv.getBytes(StandardCharsets.UTF_8))))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("quiz.import.error.notImportable"));

		assertThat(this.bank.questions(this.courseId, null)).hasSize(before);
	}

	@Test
	void aPreviewIsImportedOnlyIfEachOfItsQuestionsPassesTheChecksAgain() {
		int before = this.bank.questions(this.courseId, null).size();
		ImportPreview forged = new ImportPreview(List.of(QuizFixtures.single("Impor", "Satu?"),
				new QuestionDraft(QuestionKind.SINGLE_CHOICE, "Impor", "Dua?", BigDecimal.ONE, false,
						List.of(new QuestionDraft.Option("A", false), new QuestionDraft.Option("B", false)), null,
						List.of(), null, null)),
				List.of(), List.of());

		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.bank.importAll(this.courseId, forged))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("quiz.error.oneCorrect"));

		assertThat(this.bank.questions(this.courseId, null)).hasSize(before);
	}

	@Test
	void aMoodleFileImportsItsSupportedQuestionsIntoTheirCategory() {
		String xml = """
				<quiz>
				  <question type="category"><category><text>$course$/top/Moodle lama</text></category></question>
				  <question type="truefalse"><name><text>A</text></name><questiontext><text>Benar?</text></questiontext>
				    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>
				  <question type="essay"><name><text>Esai</text></name><questiontext><text>Tulis.</text></questiontext></question>
				</quiz>""";

		int imported = this.bank.importAll(this.courseId, this.bank.preview(xml.getBytes(StandardCharsets.UTF_8)));

		assertThat(imported).isEqualTo(1);
		QuizCategory category = this.bank.categories(this.courseId)
			.stream()
			.filter(c -> c.name().equals("Moodle lama"))
			.findFirst()
			.orElseThrow();
		assertThat(this.bank.questions(this.courseId, category.id())).singleElement()
			.satisfies(q -> assertThat(q.trueAnswer()).isTrue());
	}

	@Test
	void anExecutableIsNoQuestionImage() {
		long id = this.bank.create(this.courseId, QuizFixtures.single("Gambar", "Lihat gambar"));
		byte[] exe = TestCourses.withHeader(new byte[] { 'M', 'Z' }, 2048);

		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.bank.setImage(id, "gambar.png", new ByteArrayInputStream(exe)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("file.error.type"));
		this.bank.setImage(id, "gambar.png", new ByteArrayInputStream(TestCourses.png(2048)));
		assertThat(this.bank.question(id).imagePath()).startsWith("quiz-images/").endsWith(".png");
		assertThat(this.bank.image(id)).isPresent();
	}

	@Test
	void onlyOrganisersTouchTheBank() {
		PelitaUser participant = this.fixtures.participant(this.fixtures.run(5));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.fixtures.enrolment()
			.as(participant, () -> this.bank.questions(this.courseId, null)));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.fixtures.enrolment()
			.as(participant, () -> this.bank.create(this.courseId, QuizFixtures.single("X", "Y"))));
	}

	@Test
	void aShortAnswerKeepsItsAcceptedAnswersTrimmedAndOnce() {
		long id = this.bank.create(this.courseId, new QuestionDraft(QuestionKind.SHORT_ANSWER, null, " Singkatan ASN? ",
				BigDecimal.valueOf(2), false, List.of(), null, List.of(" ASN ", "ASN", "Aparatur Sipil Negara", " "), null, null));

		BankQuestion stored = this.bank.question(id);

		assertThat(stored.text()).isEqualTo("Singkatan ASN?");
		assertThat(stored.acceptedAnswers()).containsExactly("ASN", "Aparatur Sipil Negara");
		assertThat(stored.points()).isEqualByComparingTo("2");
	}

}
