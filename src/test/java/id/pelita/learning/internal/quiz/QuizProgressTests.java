package id.pelita.learning.internal.quiz;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.pelita.catalog.EnrolmentMode;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.learning.internal.AssessmentOutcome;
import id.pelita.learning.internal.AssessmentProgress;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The quiz outcomes the learning path reads, from real attempt rows (H2 and PostgreSQL). */
abstract class QuizProgressTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<AssessmentProgress> parts;

	@Autowired
	QuizProgress progress;

	private long runId;

	private long courseId;

	private long ani;

	private long budi;

	@BeforeEach
	void run() {
		EnrolmentFixtures fixtures = new EnrolmentFixtures(this.context);
		this.runId = fixtures.openRun(10, Map.of(), EnrolmentMode.OPEN);
		this.courseId = this.jdbc.queryForObject("select course_id from course_run where id = ?", Long.class,
				this.runId);
		long agency = fixtures.agency("36.04.02");
		this.ani = fixtures.employee(agency).accountId();
		this.budi = fixtures.employee(agency).accountId();
	}

	@Test
	void isOneOfThePartsThePathAsks() {
		assertThat(this.parts).contains(this.progress);
	}

	@Test
	void aQuizIsDoneWithAGradedAttemptAndScoredByItsGradingMethod() {
		long highest = quizModule("HIGHEST", BigDecimal.valueOf(70));
		long last = quizModule("LAST", BigDecimal.valueOf(70));
		long average = quizModule("AVERAGE", null);
		long untouched = quizModule("HIGHEST", BigDecimal.valueOf(70));
		for (long module : List.of(highest, last, average)) {
			attempt(module, this.ani, 1, "SUBMITTED", "80.00");
			attempt(module, this.ani, 2, "SUBMITTED", "65.50");
		}
		attempt(untouched, this.ani, 1, "OPEN", null);

		Map<Long, AssessmentOutcome> outcomes = this.progress.outcomes(this.runId, this.ani);

		assertThat(outcomes).containsOnlyKeys(highest, last, average);
		assertThat(outcomes.get(highest)).isEqualTo(new AssessmentOutcome(highest, true, new BigDecimal("80.00"), true));
		assertThat(outcomes.get(last)).isEqualTo(new AssessmentOutcome(last, true, new BigDecimal("65.50"), false));
		assertThat(outcomes.get(average)).isEqualTo(new AssessmentOutcome(average, true, new BigDecimal("72.75"), true));
	}

	@Test
	void thePassMarkItselfPasses() {
		long module = quizModule("HIGHEST", BigDecimal.valueOf(70));
		attempt(module, this.ani, 1, "SUBMITTED", "70.00");
		attempt(module, this.budi, 1, "SUBMITTED", "69.99");

		Map<Long, Map<Long, AssessmentOutcome>> all = this.progress.outcomes(this.runId, List.of(this.ani, this.budi));

		assertThat(all.get(this.ani).get(module).passed()).isTrue();
		assertThat(all.get(this.budi).get(module).passed()).isFalse();
		assertThat(this.progress.outcomes(this.runId, List.of(this.budi))).containsOnlyKeys(this.budi);
	}

	@Test
	void copiesTheSettingsOfAModuleToItsRunCopy() {
		long template = quizModule("AVERAGE", BigDecimal.valueOf(75));
		long category = insert("insert into quiz_category (course_id, name, created_at) values (?, ?, ?)",
				this.courseId, "Tata Naskah " + template, Timestamp.from(Instant.now()));
		this.jdbc.update("insert into quiz_draw_category (module_id, category_id) values (?, ?)", template, category);
		long copy = module();

		this.progress.copySettings(template, copy);
		this.progress.copySettings(template, copy);

		assertThat(this.jdbc.queryForMap("select grading, pass_mark, draw_count from quiz where module_id = ?", copy))
			.containsEntry("grading", "AVERAGE")
			.containsEntry("draw_count", 5);
		assertThat(this.jdbc.queryForObject("select pass_mark from quiz where module_id = ?", BigDecimal.class, copy))
			.isEqualByComparingTo("75");
		assertThat(this.jdbc.queryForList("select category_id from quiz_draw_category where module_id = ?",
				Long.class, copy))
			.containsExactly(category);
	}

	private long module() {
		Timestamp now = Timestamp.from(Instant.now());
		return insert("""
				insert into learning_module (course_id, run_id, position, kind, title, created_at, updated_at)
				values (?, ?, 1, 'QUIZ', 'Post-test', ?, ?)""", this.courseId, this.runId, now, now);
	}

	private long insert(String sql, Object... args) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		JdbcClient.create(this.jdbc).sql(sql).params(args).update(key, "id");
		return key.getKeyAs(Long.class);
	}

	private long quizModule(String grading, @Nullable BigDecimal passMark) {
		long module = module();
		this.jdbc.update("""
				insert into quiz (module_id, kind, selection, draw_count, time_limit_minutes, attempts_allowed,
				grading, pass_mark, review, layout, updated_at)
				values (?, 'POST_TEST', 'RANDOM', 5, 30, 2, ?, ?, 'AFTER_ATTEMPT', 'ONE_PER_PAGE', ?)""", module,
				grading, passMark, Timestamp.from(Instant.now()));
		return module;
	}

	private void attempt(long module, long account, int number, String status, @Nullable String score) {
		this.jdbc.update("""
				insert into quiz_attempt (module_id, run_id, account_id, number, status, started_at, max_points, score)
				values (?, ?, ?, ?, ?, ?, 10, ?)""", module, this.runId, account, number, status,
				Timestamp.from(Instant.now()), score == null ? null : new BigDecimal(score));
	}

}
