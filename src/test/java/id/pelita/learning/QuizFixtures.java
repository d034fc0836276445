package id.pelita.learning;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.pelita.catalog.EnrolmentMode;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.identity.PersonRef;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.TestData;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Runs with confirmed participants, QUIZ modules and question banks, for the quiz tests. */
public final class QuizFixtures {

	private final ApplicationContext context;

	private final EnrolmentFixtures enrolment;

	private final JdbcTemplate jdbc;

	public QuizFixtures(ApplicationContext context) {
		this.context = context;
		this.enrolment = new EnrolmentFixtures(context);
		this.jdbc = context.getBean(JdbcTemplate.class);
	}

	public EnrolmentFixtures enrolment() {
		return this.enrolment;
	}

	/** An open run with room for the given number of people. */
	public long run(int seats) {
		return this.enrolment.openRun(seats, Map.of(), EnrolmentMode.OPEN);
	}

	public long courseOf(long runId) {
		return this.jdbc.queryForObject("select course_id from course_run where id = ?", Long.class, runId);
	}

	/** A new employee with a confirmed seat in the run. */
	public PelitaUser participant(long runId) {
		PersonRef person = this.enrolment.employee(this.enrolment.agency("36.04.02"));
		PelitaUser user = EnrolmentFixtures.participant(person);
		this.enrolment.as(user, () -> this.context.getBean(ParticipantEnrolments.class).enrol(runId));
		return user;
	}

	/** Many confirmed participants at once (benchmarks). */
	public List<PelitaUser> participants(long runId, int count) {
		List<PelitaUser> users = new ArrayList<>();
		for (PersonRef person : this.enrolment.employees(count, this.enrolment.agency("36.04.02"))) {
			PelitaUser user = EnrolmentFixtures.participant(person);
			this.enrolment.as(user, () -> this.context.getBean(ParticipantEnrolments.class).enrol(runId));
			users.add(user);
		}
		return users;
	}

	/** A QUIZ module row of the run (the path's builder makes these in the application). */
	public long quizModule(long runId, String title) {
		Timestamp now = Timestamp.from(Instant.now());
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		JdbcClient.create(this.jdbc).sql("""
				insert into learning_module (course_id, run_id, position, kind, title, created_at, updated_at)
				values (?, ?, 1, 'QUIZ', ?, ?, ?)""").params(courseOf(runId), runId, title, now, now).update(key, "id");
		return key.getKeyAs(Long.class);
	}

	/** A category of the course with single-choice questions "Soal n" whose right option is "Benar n". */
	public long category(long courseId, int questions) {
		return this.enrolment.asSystem(() -> {
			QuestionBank bank = this.context.getBean(QuestionBank.class);
			String name = TestData.username("Kategori");
			long category = bank.createCategory(courseId, name);
			for (int i = 1; i <= questions; i++) {
				bank.create(courseId, single(name, "Soal " + i));
			}
			return category;
		});
	}

	public static QuestionDraft single(String category, String text) {
		return new QuestionDraft(QuestionKind.SINGLE_CHOICE, category, text, BigDecimal.ONE, false,
				List.of(new QuestionDraft.Option("Salah A", false), new QuestionDraft.Option("Benar", true),
						new QuestionDraft.Option("Salah B", false)),
				null, List.of(), null, null);
	}

	/** Saves the settings as the platform. */
	public void settings(long moduleId, QuizSettings settings) {
		this.enrolment.asSystem(() -> {
			this.context.getBean(Quizzes.class).save(moduleId, settings);
			return null;
		});
	}

	/** A post-test drawing {@code draw} of the category, with the limits given. */
	public static QuizSettings postTest(long categoryId, int draw, Integer minutes, Integer attempts) {
		return new QuizSettings(QuizKind.POST_TEST, QuizSelection.RANDOM, draw, List.of(categoryId), List.of(), true, true,
				minutes, attempts, QuizGrading.HIGHEST, BigDecimal.valueOf(70), ReviewPolicy.AFTER_ATTEMPT,
				QuizLayout.ONE_PER_PAGE);
	}

	/** A participant of another run only. */
	public static PelitaUser outsider(QuizFixtures fixtures) {
		return fixtures.participant(fixtures.run(5));
	}

}
