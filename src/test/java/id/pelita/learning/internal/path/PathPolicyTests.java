package id.pelita.learning.internal.path;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pelita.learning.CompletionRule;
import id.pelita.learning.Lack;
import id.pelita.learning.Material;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.ModuleProgress;
import id.pelita.learning.ModuleState;
import id.pelita.learning.PathModule;
import id.pelita.learning.Unlock;
import id.pelita.learning.internal.AssessmentOutcome;
import id.pelita.liveclass.AttendanceSource;
import id.pelita.liveclass.PersonAttendance;
import id.pelita.liveclass.PersonRunAttendance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The completion rule clause by clause, with its boundaries, and the states and locks of modules. */
class PathPolicyTests {

	private static final Instant NOW = Instant.parse("2026-12-03T03:00:00Z");

	private final PathModule lesson = module(1, ModuleKind.LESSON, true, Unlock.OPEN, null);

	private final PathModule live = module(2, ModuleKind.LIVE_SESSION, true, Unlock.OPEN, 77L);

	private final PathModule post = module(3, ModuleKind.QUIZ, true, new Unlock(true, null, null), null);

	private final PathModule survey = module(4, ModuleKind.SURVEY, false, new Unlock(false, 3L, NOW.plusSeconds(60)),
			null);

	private final List<PathModule> path = List.of(this.lesson, this.live, this.post, this.survey);

	private final CompletionRule rule = new CompletionRule(9, true, 3L, BigDecimal.valueOf(80), 4L);

	@Test
	void everyClauseIsReportedUntilItHolds() {
		PersonFacts nothing = facts(Map.of(), Map.of(), 0);
		assertThat(PathPolicy.lacking(this.path, nothing, this.rule)).extracting(Lack::kind)
			.containsExactly(Lack.Kind.MODULE, Lack.Kind.MODULE, Lack.Kind.POST_TEST, Lack.Kind.ATTENDANCE,
					Lack.Kind.EVALUATION);
		PersonFacts all = facts(Map.of(1L, done(1)), Map.of(3L, quiz(70, true), 4L, surveyDone()), 48);
		assertThat(PathPolicy.lacking(this.path, all, this.rule)).isEmpty();
	}

	@Test
	void attendanceCountsFromExactlyTheThresholdAndNeverByRounding() {
		Map<Long, AssessmentOutcome> passed = Map.of(3L, quiz(70, true), 4L, surveyDone());
		PersonFacts atThreshold = facts(Map.of(1L, done(1)), passed, 48);
		assertThat(PathPolicy.lacking(this.path, atThreshold, this.rule)).isEmpty();
		PersonFacts justBelow = new PersonFacts(Map.of(1L, done(1)), passed, attendance(Duration.ofSeconds(48 * 60 - 3)));
		List<Lack> lacking = PathPolicy.lacking(this.path, justBelow, this.rule);
		assertThat(lacking).extracting(Lack::kind).containsExactly(Lack.Kind.MODULE, Lack.Kind.ATTENDANCE);
		assertThat(lacking.get(1).have()).isEqualByComparingTo("79.9");
		assertThat(lacking.get(1).need()).isEqualByComparingTo("80");
	}

	@Test
	void thePostTestMustBePassedNotOnlyTaken() {
		PersonFacts failed = facts(Map.of(1L, done(1)), Map.of(3L, quiz(69, false), 4L, surveyDone()), 60);
		assertThat(PathPolicy.lacking(this.path, failed, this.rule)).extracting(Lack::kind)
			.containsExactly(Lack.Kind.POST_TEST);
		CompletionRule withoutPostTest = new CompletionRule(9, true, null, BigDecimal.valueOf(80), 4L);
		assertThat(PathPolicy.lacking(this.path, failed, withoutPostTest)).isEmpty();
	}

	@Test
	void optionalModulesAndAnEmptyRuleAskNothing() {
		CompletionRule none = new CompletionRule(9, false, null, null, null);
		assertThat(PathPolicy.lacking(this.path, facts(Map.of(), Map.of(), 0), none)).isEmpty();
	}

	@Test
	void statesLocksAndTheNextStep() {
		PersonFacts started = facts(Map.of(1L, new ProgressStore.Row(1, NOW, null)), Map.of(), 10);
		List<ModuleProgress> states = PathPolicy.states(this.path, started, this.rule, NOW);
		assertThat(states).extracting(ModuleProgress::state).containsExactly(ModuleState.IN_PROGRESS,
				ModuleState.IN_PROGRESS, ModuleState.LOCKED, ModuleState.LOCKED);
		assertThat(states).extracting(ModuleProgress::next).containsExactly(true, false, false, false);
		assertThat(states.get(3).locks()).hasSize(2);
		assertThat(PathPolicy.resume(states, started)).isEqualTo(1L);

		PersonFacts further = facts(Map.of(1L, done(1)), Map.of(3L, quiz(90, true)), 50);
		List<ModuleProgress> later = PathPolicy.states(this.path, further, this.rule, NOW.plusSeconds(61));
		assertThat(later).extracting(ModuleProgress::state).containsExactly(ModuleState.DONE, ModuleState.DONE,
				ModuleState.DONE, ModuleState.AVAILABLE);
		assertThat(later.get(2).score()).isEqualByComparingTo("90");
		assertThat(PathPolicy.percent(later)).isEqualTo(75);
	}

	private static PathModule module(long id, ModuleKind kind, boolean required, Unlock unlock, Long sessionId) {
		return new PathModule(id, 1, 9L, (int) id, kind, "Modul " + id, required, unlock,
				new Material(null, null, null, null, 0, null, sessionId));
	}

	private static ProgressStore.Row done(long moduleId) {
		return new ProgressStore.Row(moduleId, NOW, NOW);
	}

	private static AssessmentOutcome quiz(int score, boolean passed) {
		return new AssessmentOutcome(3, true, BigDecimal.valueOf(score), passed);
	}

	private static AssessmentOutcome surveyDone() {
		return new AssessmentOutcome(4, true, null, true);
	}

	private static PersonFacts facts(Map<Long, ProgressStore.Row> progress, Map<Long, AssessmentOutcome> outcomes,
			int minutes) {
		return new PersonFacts(progress, outcomes, attendance(Duration.ofMinutes(minutes)));
	}

	/** One session of 60 minutes (id 77). */
	private static PersonRunAttendance attendance(Duration attended) {
		Duration hour = Duration.ofMinutes(60);
		PersonAttendance session = new PersonAttendance(attended, hour, attended.isZero() ? null : NOW,
				attended.isZero() ? null : NOW, attended.isZero() ? Set.of() : Set.of(AttendanceSource.JITSI));
		return new PersonRunAttendance(Map.of(77L, session), attended, hour);
	}

}
