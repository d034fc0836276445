package id.pelita.learning.internal.quiz;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.pelita.learning.QuizGrading;
import id.pelita.learning.QuizKind;
import id.pelita.learning.QuizLayout;
import id.pelita.learning.QuizModule;
import id.pelita.learning.QuizSelection;
import id.pelita.learning.QuizSettings;
import id.pelita.learning.ReviewPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The settings of QUIZ modules ({@code quiz} and its chosen categories and fixed questions). */
@Component
public class QuizStore {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	QuizStore(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The module if it is a QUIZ module, with its settings if saved. */
	public Optional<QuizModule> module(long moduleId) {
		List<QuizModule> found = this.jdbc.query(
				"select id, course_id, run_id, title from learning_module where id = ? and kind = 'QUIZ'",
				(rs, n) -> new QuizModule(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class),
						rs.getString(4), settings(moduleId).orElse(null)),
				moduleId);
		return found.stream().findFirst();
	}

	/** The QUIZ modules of a run, or of a course's template when {@code runId} is null, in path order. */
	public List<QuizModule> modules(long courseId, @Nullable Long runId) {
		List<Long> ids = runId == null
				? this.jdbc.queryForList("select id from learning_module where course_id = ? and run_id is null and kind = 'QUIZ' order by position", Long.class, courseId)
				: this.jdbc.queryForList("select id from learning_module where run_id = ? and kind = 'QUIZ' order by position", Long.class, runId);
		return ids.stream().map(this::module).flatMap(Optional::stream).toList();
	}

	public Optional<QuizSettings> settings(long moduleId) {
		List<QuizSettings> found = this.jdbc.query("""
				select kind, selection, draw_count, shuffle_questions, shuffle_options, time_limit_minutes,
				attempts_allowed, grading, pass_mark, review, layout from quiz where module_id = ?""",
				(rs, n) -> new QuizSettings(QuizKind.valueOf(rs.getString(1)), QuizSelection.valueOf(rs.getString(2)),
						(Integer) rs.getObject(3, Integer.class),
						this.jdbc.queryForList("select category_id from quiz_draw_category where module_id = ? order by category_id", Long.class, moduleId),
						this.jdbc.queryForList("select question_id from quiz_fixed_question where module_id = ? order by position", Long.class, moduleId),
						rs.getBoolean(4), rs.getBoolean(5), (Integer) rs.getObject(6, Integer.class),
						(Integer) rs.getObject(7, Integer.class), QuizGrading.valueOf(rs.getString(8)), rs.getBigDecimal(9),
						ReviewPolicy.valueOf(rs.getString(10)), QuizLayout.valueOf(rs.getString(11))),
				moduleId);
		return found.stream().findFirst();
	}

	/** Writes the settings; the row is locked while it is rewritten. */
	public void save(long moduleId, QuizSettings settings) {
		Timestamp now = Timestamp.from(this.clock.instant());
		boolean random = settings.selection() == QuizSelection.RANDOM;
		int updated = this.jdbc.update("""
				update quiz set kind = ?, selection = ?, draw_count = ?, shuffle_questions = ?, shuffle_options = ?,
				time_limit_minutes = ?, attempts_allowed = ?, grading = ?, pass_mark = ?, review = ?, layout = ?,
				updated_at = ?, version = version + 1 where module_id = ?""", settings.kind().name(),
				settings.selection().name(), random ? settings.drawCount() : null, settings.shuffleQuestions(),
				settings.shuffleOptions(), settings.timeLimitMinutes(), settings.attemptsAllowed(),
				settings.grading().name(), settings.passMark(), settings.review().name(), settings.layout().name(), now,
				moduleId);
		if (updated == 0) {
			this.jdbc.update("""
					insert into quiz (module_id, kind, selection, draw_count, shuffle_questions, shuffle_options,
					time_limit_minutes, attempts_allowed, grading, pass_mark, review, layout, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", moduleId, settings.kind().name(),
					settings.selection().name(), random ? settings.drawCount() : null, settings.shuffleQuestions(),
					settings.shuffleOptions(), settings.timeLimitMinutes(), settings.attemptsAllowed(),
					settings.grading().name(), settings.passMark(), settings.review().name(), settings.layout().name(),
					now);
		}
		this.jdbc.update("delete from quiz_draw_category where module_id = ?", moduleId);
		this.jdbc.update("delete from quiz_fixed_question where module_id = ?", moduleId);
		if (random) {
			this.jdbc.batchUpdate("insert into quiz_draw_category (module_id, category_id) values (?, ?)",
					settings.categoryIds().stream().distinct().map(id -> new Object[] { moduleId, id }).toList());
		}
		else {
			List<Object[]> rows = new ArrayList<>();
			List<Long> ids = settings.fixedQuestionIds().stream().distinct().toList();
			for (int i = 0; i < ids.size(); i++) {
				rows.add(new Object[] { moduleId, ids.get(i), i + 1 });
			}
			this.jdbc.batchUpdate("insert into quiz_fixed_question (module_id, question_id, position) values (?, ?, ?)",
					rows);
		}
	}

	/** The (run, account) pairs with graded attempts of the module. */
	public List<long[]> gradedPeople(long moduleId) {
		return this.jdbc.query("""
				select distinct run_id, account_id from quiz_attempt where module_id = ? and status = 'SUBMITTED'""",
				(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }, moduleId);
	}

	public int attempts(long moduleId) {
		Integer count = this.jdbc.queryForObject("select count(*) from quiz_attempt where module_id = ?", Integer.class,
				moduleId);
		return count == null ? 0 : count;
	}

}
