package id.pelita.learning;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import id.pelita.catalog.CatalogService;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.NewCourse;
import id.pelita.catalog.RunDraft;
import id.pelita.catalog.RunService;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.TestData;
import id.pelita.liveclass.LiveClassFixtures;
import id.pelita.shared.security.PelitaUser;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Runs with participants and survey modules (a course's template row and the run's copy), for survey tests. */
public final class SurveyFixtures {

	private final ApplicationContext context;

	private final LiveClassFixtures live;

	public SurveyFixtures(ApplicationContext context) {
		this.context = context;
		this.live = new LiveClassFixtures(context);
	}

	public LiveClassFixtures live() {
		return this.live;
	}

	/**
	 * A published run, open for registration, of a course of its own that has no modules (so that the only survey
	 * modules are those a test adds, whatever path the demo courses have).
	 */
	public long run() {
		return run(course());
	}

	/** A course of its own, without modules, like the first demo course. */
	public long course() {
		return this.live.enrolment().asSystem(() -> {
			CatalogService catalog = this.context.getBean(CatalogService.class);
			NewCourse like = catalog.course(catalog.courses().getFirst().id()).toNewCourse();
			String code = TestData.username("EVAL");
			return catalog.createCourse(like.withCode(code.toUpperCase(java.util.Locale.ROOT))
				.withTitle("Kursus evaluasi " + code));
		});
	}

	/** A published run of the course, open for registration. */
	public long run(long courseId) {
		return this.live.enrolment().asSystem(() -> {
			RunService runs = this.context.getBean(RunService.class);
			LocalDate today = LocalDate.now(IndonesianTime.DEFAULT_ZONE);
			long runId = runs.createRun(new RunDraft(courseId, TestData.username("Angkatan"),
					YearMonth.from(today.plusDays(10)), today.minusDays(1).atTime(8, 0), today.plusDays(3).atTime(16, 0),
					today.plusDays(10), today.plusDays(12), 50, Map.of(), EnrolmentMode.OPEN));
			runs.publish(runId);
			return runId;
		});
	}

	public long courseOf(long runId) {
		return this.live.enrolment().asSystem(() -> this.context.getBean(RunService.class).run(runId).courseId());
	}

	public PelitaUser participant(long runId) {
		return this.live.confirmedParticipant(runId);
	}

	/** A SURVEY module row of the course's template. */
	public long templateModule(long courseId) {
		return module(courseId, null, "SURVEY");
	}

	/** A SURVEY module row of the run. */
	public long runModule(long runId) {
		return module(courseOf(runId), runId, "SURVEY");
	}

	public long module(long courseId, @Nullable Long runId, String kind) {
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		Timestamp now = Timestamp.from(Instant.now());
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement("""
					insert into learning_module (course_id, run_id, position, kind, title, created_at, updated_at)
					values (?, ?, 9, ?, 'Evaluasi Penyelenggaraan', ?, ?)""", new String[] { "id" });
			statement.setLong(1, courseId);
			statement.setObject(2, runId);
			statement.setString(3, kind);
			statement.setTimestamp(4, now);
			statement.setTimestamp(5, now);
			return statement;
		}, key);
		return key.getKeyAs(Long.class);
	}

}
