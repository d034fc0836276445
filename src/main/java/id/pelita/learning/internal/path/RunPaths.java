package id.pelita.learning.internal.path;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pelita.catalog.CatalogService;
import id.pelita.catalog.RunService;
import id.pelita.learning.CompletionRule;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.PathModule;
import id.pelita.learning.Unlock;
import id.pelita.learning.internal.AssessmentProgress;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A run's own path, copied from its course's template the first time anyone needs it (when the run is published,
 * or first opened). The copy is claimed by inserting the run's {@code learning_run_path} row if absent, so it
 * happens exactly once, also when two nodes or two pages ask at the same moment; it runs in a transaction of its
 * own so that read-only pages can trigger it. The copy's completion rule starts from the course: every required
 * module, the course's attendance threshold, the last quiz as post-test and the last survey as evaluation.
 */
@Component
public class RunPaths {

	private final ModuleStore modules;

	private final RunPathStore paths;

	private final RunService runs;

	private final CatalogService courses;

	private final List<AssessmentProgress> assessments;

	private final TransactionTemplate separate;

	private final Clock clock;

	RunPaths(ModuleStore modules, RunPathStore paths, RunService runs, CatalogService courses,
			List<AssessmentProgress> assessments, PlatformTransactionManager transactions, Clock clock) {
		this.modules = modules;
		this.paths = paths;
		this.runs = runs;
		this.courses = courses;
		this.assessments = assessments;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Makes sure the run has its own copy of the course's path. */
	public void ensure(long runId) {
		if (!this.paths.exists(runId)) {
			this.separate.executeWithoutResult(status -> copy(runId));
		}
	}

	/** The run's modules, in order (copied first if need be). */
	public List<PathModule> modules(long runId) {
		ensure(runId);
		return this.modules.ofRun(runId);
	}

	/** The course a run belongs to. */
	public long courseOf(long runId) {
		return this.runs.run(runId).courseId();
	}

	/** The run's completion rule; its row exists once the path is copied, so only a missing one asks for the copy. */
	public CompletionRule rule(long runId) {
		return this.paths.rule(runId).orElseGet(() -> {
			ensure(runId);
			return this.paths.rule(runId).orElseThrow();
		});
	}

	private void copy(long runId) {
		long courseId = this.runs.run(runId).courseId();
		if (this.paths.claim(runId, this.clock.instant())) {
			copyModules(runId, courseId);
		}
	}

	/**
	 * Copies the course's template into a run whose own path is still empty (the course got its modules after the
	 * run was published), in the caller's transaction; the caller checks that nobody has started the run.
	 */
	public void copyAgain(long runId) {
		ensure(runId);
		if (this.modules.ofRun(runId).isEmpty()) {
			copyModules(runId, courseOf(runId));
		}
	}

	private void copyModules(long runId, long courseId) {
		Map<Long, Long> copies = new HashMap<>();
		List<PathModule> template = this.modules.ofCourse(courseId);
		Long postTest = null;
		Long evaluation = null;
		for (PathModule module : template) {
			long copy = this.modules.insert(courseId, runId, module.position(), module.kind(), module.title(),
					module.required(), module.id(), this.clock.instant());
			copies.put(module.id(), copy);
			this.modules.saveMaterial(copy, module.material());
			if (module.kind().assessment()) {
				this.assessments.forEach(part -> part.copySettings(module.id(), copy));
			}
			postTest = module.kind() == ModuleKind.QUIZ ? Long.valueOf(copy) : postTest;
			evaluation = module.kind() == ModuleKind.SURVEY ? Long.valueOf(copy) : evaluation;
		}
		for (PathModule module : template) {
			Unlock unlock = module.unlock();
			Long after = unlock.afterModuleId() == null ? null : copies.get(unlock.afterModuleId());
			this.modules.saveUnlock(copies.get(module.id()), new Unlock(unlock.afterPrevious(), after, unlock.opensAt()));
		}
		this.paths.saveRule(new CompletionRule(runId, true, postTest,
				this.courses.course(courseId).attendanceThreshold(), evaluation), this.clock.instant());
	}

}
