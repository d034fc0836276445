package id.pelita.learning.internal.quiz;

import org.springframework.jdbc.core.JdbcTemplate;

/** Copies a quiz's settings (and its chosen categories and fixed questions) from one QUIZ module to another. */
final class QuizSettingsCopy {

	private QuizSettingsCopy() {
	}

	/** Does nothing when the source module has no quiz settings or the target has them already. */
	static void copy(JdbcTemplate jdbc, long fromModuleId, long toModuleId) {
		int copied = jdbc.update("""
				insert into quiz (module_id, kind, selection, draw_count, shuffle_questions, shuffle_options,
				time_limit_minutes, attempts_allowed, grading, pass_mark, review, layout, updated_at)
				select ?, kind, selection, draw_count, shuffle_questions, shuffle_options, time_limit_minutes,
				attempts_allowed, grading, pass_mark, review, layout, updated_at from quiz q where q.module_id = ?
				and not exists (select 1 from quiz t where t.module_id = ?)""", toModuleId, fromModuleId,
				toModuleId);
		if (copied == 0) {
			return;
		}
		jdbc.update("""
				insert into quiz_draw_category (module_id, category_id)
				select ?, category_id from quiz_draw_category where module_id = ?""", toModuleId, fromModuleId);
		jdbc.update("""
				insert into quiz_fixed_question (module_id, question_id, position)
				select ?, question_id, position from quiz_fixed_question where module_id = ?""", toModuleId,
				fromModuleId);
	}

}
