package id.pelita.learning;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

import id.pelita.catalog.RunService;
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

	public long run() {
		return this.live.run();
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
