package id.pelita.learning.internal.path;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pelita.learning.CompletionRule;
import id.pelita.learning.Lack;
import id.pelita.learning.LockReason;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.ModuleProgress;
import id.pelita.learning.ModuleState;
import id.pelita.learning.PathModule;
import id.pelita.learning.internal.AssessmentOutcome;
import id.pelita.liveclass.PersonAttendance;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a path, as plain functions of the facts: when a module is done, started or locked (and why), and what
 * the completion rule still asks of a person.
 * <ul>
 * <li>A lesson, file or video is done when its progress row says so; a live session when the person's attendance of
 * that session reaches the rule's threshold (any attendance without a threshold; a cancelled session counts as
 * done); a quiz or survey when its part reports it done.</li>
 * <li>A module is locked while a condition of its {@code Unlock} fails; each failing condition is a reason.</li>
 * <li>Completion: every required module done (the post-test and evaluation are reported by their own clause),
 * the post-test passed, overall attendance at or above the threshold (when the run has sessions), the evaluation
 * submitted.</li>
 * </ul>
 */
public final class PathPolicy {

	private PathPolicy() {
	}

	public static boolean done(PathModule module, PersonFacts facts, CompletionRule rule) {
		return switch (module.kind()) {
			case LESSON, FILE, VIDEO -> {
				ProgressStore.Row row = facts.progress().get(module.id());
				yield row != null && row.doneAt() != null;
			}
			case LIVE_SESSION -> liveSessionDone(module, facts, rule);
			case QUIZ, SURVEY -> {
				AssessmentOutcome outcome = facts.outcomes().get(module.id());
				yield outcome != null && outcome.done();
			}
		};
	}

	private static boolean liveSessionDone(PathModule module, PersonFacts facts, CompletionRule rule) {
		Long sessionId = module.material().sessionId();
		if (sessionId == null) {
			return false;
		}
		if (!facts.attendance().bySession().containsKey(sessionId)) {
			return true;
		}
		PersonAttendance attendance = facts.attendance().in(sessionId);
		BigDecimal threshold = rule.attendanceThreshold();
		return threshold == null ? attendance.attended().isPositive()
				: BigDecimal.valueOf(attendance.percent()).compareTo(threshold) >= 0;
	}

	static boolean started(PathModule module, PersonFacts facts) {
		if (facts.progress().containsKey(module.id()) || facts.outcomes().containsKey(module.id())) {
			return true;
		}
		Long sessionId = module.material().sessionId();
		return module.kind() == ModuleKind.LIVE_SESSION && sessionId != null
				&& facts.attendance().in(sessionId).attended().isPositive();
	}

	/** Each module with its state, the next step marked, in the path's order. */
	public static List<ModuleProgress> states(List<PathModule> modules, PersonFacts facts, CompletionRule rule,
			Instant now) {
		Map<Long, PathModule> byId = modules.stream().collect(Collectors.toMap(PathModule::id, Function.identity()));
		List<ModuleProgress> states = new ArrayList<>();
		boolean nextFound = false;
		for (int i = 0; i < modules.size(); i++) {
			PathModule module = modules.get(i);
			AssessmentOutcome outcome = facts.outcomes().get(module.id());
			BigDecimal score = outcome == null ? null : outcome.score();
			if (done(module, facts, rule)) {
				states.add(new ModuleProgress(module, ModuleState.DONE, false, List.of(), score));
				continue;
			}
			List<LockReason> locks = locks(module, i == 0 ? null : modules.get(i - 1), byId, facts, rule, now);
			ModuleState state = !locks.isEmpty() ? ModuleState.LOCKED
					: started(module, facts) ? ModuleState.IN_PROGRESS : ModuleState.AVAILABLE;
			boolean next = locks.isEmpty() && !nextFound;
			nextFound |= next;
			states.add(new ModuleProgress(module, state, next, locks, score));
		}
		return states;
	}

	static List<LockReason> locks(PathModule module, @Nullable PathModule previous, Map<Long, PathModule> byId,
			PersonFacts facts, CompletionRule rule, Instant now) {
		List<LockReason> locks = new ArrayList<>();
		if (module.unlock().afterPrevious() && previous != null && !done(previous, facts, rule)) {
			locks.add(new LockReason(LockReason.Kind.AFTER_PREVIOUS, previous.title(), null));
		}
		Long after = module.unlock().afterModuleId();
		PathModule required = after == null ? null : byId.get(after);
		if (required != null && !done(required, facts, rule)
				&& !(module.unlock().afterPrevious() && required.equals(previous))) {
			locks.add(new LockReason(LockReason.Kind.AFTER_MODULE, required.title(), null));
		}
		Instant opensAt = module.unlock().opensAt();
		if (opensAt != null && now.isBefore(opensAt)) {
			locks.add(new LockReason(LockReason.Kind.FROM_TIME, null, opensAt));
		}
		return locks;
	}

	/** Modules done over all modules, 0-100. */
	public static int percent(List<ModuleProgress> states) {
		if (states.isEmpty()) {
			return 0;
		}
		long done = states.stream().filter(state -> state.state() == ModuleState.DONE).count();
		return (int) (done * 100 / states.size());
	}

	/** Where to go on: the module opened last that is neither done nor locked, else the next step. */
	public static @Nullable Long resume(List<ModuleProgress> states, PersonFacts facts) {
		Optional<ModuleProgress> last = states.stream()
			.filter(state -> state.state() == ModuleState.IN_PROGRESS)
			.filter(state -> facts.progress().containsKey(state.module().id()))
			.max(Comparator.comparing(state -> facts.progress().get(state.module().id()).lastOpenedAt()));
		return last.or(() -> states.stream().filter(ModuleProgress::next).findFirst())
			.map(state -> state.module().id())
			.orElse(null);
	}

	/** What the completion rule still asks of the person; empty when they meet it. */
	public static List<Lack> lacking(List<PathModule> modules, PersonFacts facts, CompletionRule rule) {
		Map<Long, PathModule> byId = modules.stream().collect(Collectors.toMap(PathModule::id, Function.identity()));
		List<Lack> lacking = new ArrayList<>();
		if (rule.requireModules()) {
			modules.stream()
				.filter(PathModule::required)
				.filter(module -> !Objects.equals(module.id(), rule.postTestModuleId())
						&& !Objects.equals(module.id(), rule.evaluationModuleId()))
				.filter(module -> !done(module, facts, rule))
				.forEach(module -> lacking.add(new Lack(Lack.Kind.MODULE, module.title(), null, null)));
		}
		PathModule postTest = rule.postTestModuleId() == null ? null : byId.get(rule.postTestModuleId());
		if (postTest != null) {
			AssessmentOutcome outcome = facts.outcomes().get(postTest.id());
			if (outcome == null || !outcome.done() || !outcome.passed()) {
				lacking.add(new Lack(Lack.Kind.POST_TEST, postTest.title(), outcome == null ? null : outcome.score(),
						null));
			}
		}
		BigDecimal threshold = rule.attendanceThreshold();
		if (threshold != null && facts.attendance().hasSessions()) {
			BigDecimal have = BigDecimal.valueOf(facts.attendance().overallPercent());
			if (have.compareTo(threshold) < 0) {
				lacking.add(new Lack(Lack.Kind.ATTENDANCE, null, have, threshold));
			}
		}
		PathModule evaluation = rule.evaluationModuleId() == null ? null : byId.get(rule.evaluationModuleId());
		if (evaluation != null) {
			AssessmentOutcome outcome = facts.outcomes().get(evaluation.id());
			if (outcome == null || !outcome.done()) {
				lacking.add(new Lack(Lack.Kind.EVALUATION, evaluation.title(), null, null));
			}
		}
		return lacking;
	}

}
