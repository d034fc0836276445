package id.pelita.learning.internal.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pelita.learning.QuizGrading;
import id.pelita.learning.internal.AssessmentOutcome;
import id.pelita.learning.internal.AssessmentProgress;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What quizzes tell the learning path: a QUIZ module is done once the person has a graded attempt; its score is
 * the one the quiz's grading method keeps (highest, last, average of the graded attempts) and it is passed when
 * that score reaches the pass mark (every done quiz without a pass mark is passed).
 */
@Component
class QuizProgress implements AssessmentProgress {

	private static final String GRADED = """
			select a.account_id, a.module_id, a.score, q.grading, q.pass_mark from quiz_attempt a
			left join quiz q on q.module_id = a.module_id
			where a.run_id = ? and a.status = 'SUBMITTED' and a.score is not null""";

	private final JdbcTemplate jdbc;

	QuizProgress(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, AssessmentOutcome> outcomes(long runId, long accountId) {
		List<Graded> graded = this.jdbc.query(GRADED + " and a.account_id = ? order by a.module_id, a.number",
				Graded.ROW, runId, accountId);
		return outcomesOf(graded).getOrDefault(accountId, Map.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Map<Long, AssessmentOutcome>> outcomes(long runId, Collection<Long> accountIds) {
		Set<Long> wanted = new HashSet<>(accountIds);
		List<Graded> graded = this.jdbc
			.query(GRADED + " order by a.account_id, a.module_id, a.number", Graded.ROW, runId)
			.stream()
			.filter(row -> wanted.contains(row.accountId()))
			.toList();
		return outcomesOf(graded);
	}

	@Override
	public void copySettings(long fromModuleId, long toModuleId) {
		QuizSettingsCopy.copy(this.jdbc, fromModuleId, toModuleId);
	}

	private static Map<Long, Map<Long, AssessmentOutcome>> outcomesOf(List<Graded> rows) {
		Map<Long, Map<Long, List<Graded>>> byPerson = new LinkedHashMap<>();
		for (Graded row : rows) {
			byPerson.computeIfAbsent(row.accountId(), id -> new LinkedHashMap<>())
				.computeIfAbsent(row.moduleId(), id -> new ArrayList<>())
				.add(row);
		}
		Map<Long, Map<Long, AssessmentOutcome>> outcomes = new HashMap<>();
		byPerson.forEach((accountId, modules) -> {
			Map<Long, AssessmentOutcome> mine = new HashMap<>();
			modules.forEach((moduleId, attempts) -> mine.put(moduleId, outcome(moduleId, attempts)));
			outcomes.put(accountId, mine);
		});
		return outcomes;
	}

	static AssessmentOutcome outcome(long moduleId, List<Graded> attempts) {
		Graded first = attempts.getFirst();
		QuizGrading grading = first.grading() == null ? QuizGrading.HIGHEST : QuizGrading.valueOf(first.grading());
		BigDecimal score = grading.keep(attempts.stream().map(Graded::score).toList()).orElseThrow();
		boolean passed = first.passMark() == null || score.compareTo(first.passMark()) >= 0;
		return new AssessmentOutcome(moduleId, true, score, passed);
	}

	record Graded(long accountId, long moduleId, BigDecimal score, @Nullable String grading,
			@Nullable BigDecimal passMark) {

		static final org.springframework.jdbc.core.RowMapper<Graded> ROW = (rs, n) -> new Graded(rs.getLong(1),
				rs.getLong(2), rs.getBigDecimal(3), rs.getString(4), rs.getBigDecimal(5));

	}

}
