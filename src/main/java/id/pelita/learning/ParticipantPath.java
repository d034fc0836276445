package id.pelita.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.enrolment.RunRoster;
import id.pelita.learning.internal.ModuleKinds;
import id.pelita.learning.internal.path.CompletionEvaluator;
import id.pelita.learning.internal.path.CompletionStore;
import id.pelita.learning.internal.path.LessonHtml;
import id.pelita.learning.internal.path.ModuleChecks;
import id.pelita.learning.internal.path.PathFacts;
import id.pelita.learning.internal.path.PathPolicy;
import id.pelita.learning.internal.path.PersonFacts;
import id.pelita.learning.internal.path.ProgressStore;
import id.pelita.learning.internal.path.RunPaths;
import id.pelita.liveclass.LiveSessionDirectory;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's walk through a run's path, for the signed-in participant only and only in runs where they hold
 * a confirmed seat: the path with each module's state, opening a module (never a locked one), marking a lesson or
 * video done, and the progress of each of their runs. Every step that may complete the run evaluates the rule at
 * once, so the page shows "Selesai" right after the step that completed it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ParticipantPath {

	private final RunPaths paths;

	private final PathFacts facts;

	private final ProgressStore progress;

	private final CompletionStore completions;

	private final CompletionEvaluator evaluator;

	private final RunRoster roster;

	private final RunService runs;

	private final LiveSessionDirectory sessions;

	private final ModuleKinds kinds;

	private final ModuleChecks checks;

	private final Clock clock;

	ParticipantPath(RunPaths paths, PathFacts facts, ProgressStore progress, CompletionStore completions,
			CompletionEvaluator evaluator, RunRoster roster, RunService runs, LiveSessionDirectory sessions,
			ModuleKinds kinds, ModuleChecks checks, Clock clock) {
		this.paths = paths;
		this.facts = facts;
		this.progress = progress;
		this.completions = completions;
		this.evaluator = evaluator;
		this.roster = roster;
		this.runs = runs;
		this.sessions = sessions;
		this.kinds = kinds;
		this.checks = checks;
		this.clock = clock;
	}

	/** The signed-in participant's path through the run. */
	@Transactional(readOnly = true)
	public MyPath myPath(long runId) {
		long me = participant(runId);
		RunDetails run = this.runs.run(runId);
		List<PathModule> modules = this.paths.modules(runId);
		CompletionRule rule = this.paths.rule(runId);
		PersonFacts mine = this.facts.of(runId, me);
		List<ModuleProgress> states = PathPolicy.states(modules, mine, rule, this.clock.instant());
		Instant completedAt = this.completions.find(runId, me)
			.filter(CompletionStore.Completion::completed)
			.map(CompletionStore.Completion::completedAt)
			.orElse(null);
		return new MyPath(run, states, PathPolicy.percent(states), completedAt,
				completedAt == null ? PathPolicy.lacking(modules, mine, rule) : List.of(),
				PathPolicy.resume(states, mine));
	}

	/** Opens a module that is not locked, noting that the participant started it (and when they were last there). */
	@Transactional
	public ModuleContent open(long runId, long moduleId) {
		ModuleProgress module = unlocked(runId, moduleId);
		long me = CurrentUser.require().accountId();
		this.progress.opened(runId, moduleId, me, this.clock.instant());
		PathModule shown = module.module();
		Material material = shown.material();
		return switch (shown.kind()) {
			case LESSON -> new ModuleContent(module, LessonHtml.render(material.markdown()), null, null, null, null);
			case FILE -> new ModuleContent(module, null, null, fileUrl(shown), null, null);
			case VIDEO -> new ModuleContent(module, null,
					material.videoUrl() == null ? null : this.checks.videos().embedUrl(material.videoUrl()),
					fileUrl(shown), null, null);
			case LIVE_SESSION -> new ModuleContent(module, null, null, null,
					material.sessionId() == null ? null : this.sessions.find(material.sessionId()).orElse(null), null);
			case QUIZ, SURVEY -> new ModuleContent(module, null, null, null, null,
					this.kinds.participantRoute(shown.kind(), runId, moduleId));
		};
	}

	/**
	 * Marks a lesson (read to the end, or "Tandai selesai") or a video (played, or marked) done; true when that
	 * completed the run.
	 */
	@Transactional
	public boolean markDone(long runId, long moduleId) {
		ModuleProgress module = unlocked(runId, moduleId);
		ModuleKind kind = module.module().kind();
		if (kind != ModuleKind.LESSON && kind != ModuleKind.VIDEO && kind != ModuleKind.FILE) {
			throw new UserFacingException("learning.error.notMarkable");
		}
		long me = CurrentUser.require().accountId();
		this.progress.done(runId, moduleId, me, this.clock.instant());
		return this.evaluator.evaluate(runId, me);
	}

	/** The progress of each run the signed-in participant holds a confirmed seat in. */
	@Transactional(readOnly = true)
	public List<CourseProgress> myProgress() {
		long me = CurrentUser.require().accountId();
		List<CourseProgress> mine = new ArrayList<>();
		for (RunDetails run : this.runs.runs(this.roster.confirmedRuns(me))) {
			mine.add(progress(run, me));
		}
		mine.sort(java.util.Comparator.comparing(CourseProgress::courseTitle));
		return mine;
	}

	/** The signed-in participant's progress in one run; empty without a confirmed seat in it. */
	@Transactional(readOnly = true)
	public java.util.Optional<CourseProgress> myProgress(long runId) {
		long me = CurrentUser.require().accountId();
		return this.roster.isConfirmed(runId, me) ? java.util.Optional.of(progress(this.runs.run(runId), me))
				: java.util.Optional.empty();
	}

	private CourseProgress progress(RunDetails run, long me) {
		List<PathModule> modules = this.paths.modules(run.id());
		PersonFacts facts = this.facts.of(run.id(), me);
		CompletionRule rule = this.paths.rule(run.id());
		int done = (int) modules.stream().filter(module -> PathPolicy.done(module, facts, rule)).count();
		boolean completed = this.completions.find(run.id(), me)
			.map(CompletionStore.Completion::completed)
			.orElse(false);
		return new CourseProgress(run.id(), run.courseTitle(), run.name(), done, modules.size(), completed);
	}

	private ModuleProgress unlocked(long runId, long moduleId) {
		ModuleProgress module = myPath(runId).modules()
			.stream()
			.filter(state -> state.module().id() == moduleId)
			.findFirst()
			.orElseThrow(() -> new UserFacingException("learning.error.moduleNotFound"));
		if (module.state() == ModuleState.LOCKED) {
			throw new UserFacingException("learning.error.locked");
		}
		return module;
	}

	private long participant(long runId) {
		PelitaUser user = CurrentUser.require();
		if (!this.roster.isConfirmed(runId, user.accountId())) {
			throw new OutsideScopeException("learning.error.notParticipant");
		}
		return user.accountId();
	}

	static @org.jspecify.annotations.Nullable String fileUrl(PathModule module) {
		return module.material().filePath() == null ? null : "/materi/" + module.id() + "/berkas";
	}

}
