package id.pelita.learning;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.pelita.catalog.CatalogService;
import id.pelita.catalog.CourseDetails;
import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.enrolment.RunRoster;
import id.pelita.learning.internal.AssessmentProgress;
import id.pelita.learning.internal.path.CompletionEvaluator;
import id.pelita.learning.internal.path.CompletionStore;
import id.pelita.learning.internal.path.LessonHtml;
import id.pelita.learning.internal.path.MaterialStorage;
import id.pelita.learning.internal.path.ModuleChecks;
import id.pelita.learning.internal.path.ModuleStore;
import id.pelita.learning.internal.path.ProgressStore;
import id.pelita.learning.internal.path.RunPathStore;
import id.pelita.learning.internal.path.RunPaths;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.LiveSessionDirectory;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.files.FileType;
import id.pelita.shared.files.StoredFile;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' path builder: a course's modules (the template each new run copies) and each run's own copy,
 * which stays editable until its first participant starts; the files, videos and lesson images modules hold; and
 * a run's completion rule (editable at any time; every change evaluates the run's participants again). Everything
 * sent is checked before anything is written, and a stored file is removed again when its transaction fails.
 */
@Service
@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
public class PathBuilder {

	/** Documents a file module may hold, recognised by content. */
	public static final Set<FileType> DOCUMENTS = Set.of(FileType.PDF, FileType.DOCX, FileType.XLSX, FileType.PPTX,
			FileType.ODT, FileType.ODS, FileType.ODP, FileType.OLE_OFFICE);

	/** Images a lesson may show. */
	public static final Set<FileType> IMAGES = Set.of(FileType.PNG, FileType.JPEG, FileType.WEBP, FileType.GIF);

	/** Largest lesson image: 5 MB. */
	public static final long MAX_IMAGE_BYTES = 5L * 1024 * 1024;

	private final ModuleStore modules;

	private final RunPaths paths;

	private final RunPathStore rules;

	private final ProgressStore progress;

	private final CompletionStore completions;

	private final ModuleChecks checks;

	private final CompletionEvaluator evaluator;

	private final List<AssessmentProgress> assessments;

	private final RunRoster roster;

	private final CatalogService courses;

	private final MaterialStorage files;

	private final LearningSettings settings;

	private final RunService runs;

	private final LiveSessionDirectory sessions;

	private final Clock clock;

	PathBuilder(ModuleStore modules, RunPaths paths, RunPathStore rules, ProgressStore progress,
			CompletionStore completions, ModuleChecks checks, CompletionEvaluator evaluator,
			List<AssessmentProgress> assessments, RunRoster roster, CatalogService courses, MaterialStorage files,
			LearningSettings settings, RunService runs, LiveSessionDirectory sessions, Clock clock) {
		this.modules = modules;
		this.paths = paths;
		this.rules = rules;
		this.progress = progress;
		this.completions = completions;
		this.checks = checks;
		this.evaluator = evaluator;
		this.assessments = assessments;
		this.roster = roster;
		this.courses = courses;
		this.files = files;
		this.settings = settings;
		this.runs = runs;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CourseDetails course(long courseId) {
		return this.courses.course(courseId);
	}

	@Transactional(readOnly = true)
	public RunDetails run(long runId) {
		return this.runs.run(runId);
	}

	/** The run's live sessions that were not cancelled, for live-session modules. */
	@Transactional(readOnly = true)
	public List<LiveSession> sessions(long runId) {
		return this.sessions.ofRun(runId).stream().filter(session -> !session.cancelled()).toList();
	}

	@Transactional(readOnly = true)
	public List<PathModule> courseModules(long courseId) {
		this.courses.course(courseId);
		return this.modules.ofCourse(courseId);
	}

	@Transactional
	public List<PathModule> runModules(long runId) {
		return this.paths.modules(runId);
	}

	/** Whether the run's path may still change: nobody has started it. */
	@Transactional(readOnly = true)
	public boolean runEditable(long runId) {
		if (this.progress.anyStarted(runId) || this.completions.countCompleted(runId) > 0) {
			return false;
		}
		List<Long> people = this.roster.confirmedAccounts(runId);
		return people.isEmpty() || this.assessments.stream().allMatch(part -> part.outcomes(runId, people).isEmpty());
	}

	/** Gives a run whose own path is empty the course's current modules (and rule defaults), while nobody started. */
	@Transactional
	public void copyFromCourse(long runId) {
		requireEditable(runId);
		this.paths.copyAgain(runId);
	}

	/** Adds a module at the end of the course's template. */
	@Transactional
	public long addToCourse(long courseId, ModuleDraft draft) {
		this.courses.course(courseId);
		return add(courseId, null, this.modules.ofCourse(courseId), draft);
	}

	/** Adds a module at the end of the run's path, while nobody has started it. */
	@Transactional
	public long addToRun(long runId, ModuleDraft draft) {
		List<PathModule> path = this.paths.modules(runId);
		requireEditable(runId);
		long courseId = this.paths.courseOf(runId);
		return add(courseId, runId, path, draft);
	}

	private long add(long courseId, @Nullable Long runId, List<PathModule> path, ModuleDraft draft) {
		String title = this.checks.check(draft, runId, path, null);
		long id = this.modules.insert(courseId, runId, this.modules.nextPosition(courseId, runId), draft.kind(), title,
				draft.required(), null, this.clock.instant());
		this.modules.saveMaterial(id, material(draft, Material.NONE));
		this.modules.saveUnlock(id, draft.unlock() == null ? Unlock.OPEN : draft.unlock());
		return id;
	}

	/** Changes a module's title, required flag, unlock conditions and content (not its kind). */
	@Transactional
	public void update(long moduleId, ModuleDraft draft) {
		PathModule module = editable(moduleId);
		String title = this.checks.check(draft, module.runId(), path(module), module);
		this.modules.describe(moduleId, title, draft.required(), this.clock.instant());
		this.modules.saveMaterial(moduleId, material(draft, module.material()));
		this.modules.saveUnlock(moduleId, draft.unlock() == null ? Unlock.OPEN : draft.unlock());
	}

	/** Moves a module one place up ({@code -1}) or down ({@code +1}) in its path. */
	@Transactional
	public void move(long moduleId, int direction) {
		PathModule module = editable(moduleId);
		List<PathModule> path = path(module);
		int index = path.indexOf(module) + Integer.signum(direction);
		if (index >= 0 && index < path.size()) {
			place(path, module, index);
		}
	}

	/** Moves a module to a place of its path (1 = first, beyond the end = last); the others keep their order. */
	@Transactional
	public void moveTo(long moduleId, int position) {
		PathModule module = editable(moduleId);
		List<PathModule> path = path(module);
		place(path, module, Math.clamp(position - 1L, 0, path.size() - 1));
	}

	private void place(List<PathModule> path, PathModule module, int index) {
		List<PathModule> order = new ArrayList<>(path);
		order.remove(module);
		order.add(index, module);
		for (int i = 0; i < order.size(); i++) {
			if (order.get(i).position() != i + 1) {
				this.modules.position(order.get(i).id(), i + 1);
			}
		}
	}

	@Transactional
	public void remove(long moduleId) {
		PathModule module = editable(moduleId);
		if (this.progress.anyStartedIn(List.of(moduleId))) {
			throw new UserFacingException("learning.error.moduleInUse");
		}
		this.modules.delete(moduleId);
	}

	/** Attaches a document (file module) or an MP4 (video module), checked by its content and size. */
	@Transactional
	public void attachFile(long moduleId, String fileName, InputStream content) {
		PathModule module = editable(moduleId);
		Set<FileType> accepted = switch (module.kind()) {
			case FILE -> DOCUMENTS;
			case VIDEO -> Set.of(FileType.MP4);
			default -> throw new UserFacingException("learning.error.noFileForKind");
		};
		StoredFile stored = this.files.store(module.kind() == ModuleKind.FILE ? "learning/files" : "learning/videos",
				content, fileName, this.settings.maxFileSize().toBytes(), accepted);
		this.modules.saveMaterial(moduleId, module.material().withFile(stored.relativePath(),
				MaterialStorage.shortName(fileName), stored.type(), stored.size()));
	}

	/** Stores a lesson image and returns the Markdown that shows it. */
	@Transactional
	public String lessonImage(String fileName, InputStream content) {
		StoredFile stored = this.files.store("learning/images", content, fileName, MAX_IMAGE_BYTES, IMAGES);
		String alt = MaterialStorage.shortName(fileName).replaceAll("[\\[\\]()]", "");
		return "![" + alt + "](" + LessonHtml.IMAGE_PATH + stored.relativePath().substring("learning/images/".length())
				+ ")";
	}

	/** The lesson's text as participants will see it. */
	public String preview(@Nullable String markdown) {
		LessonHtml.check(markdown);
		return LessonHtml.render(markdown);
	}

	@Transactional
	public CompletionRule rule(long runId) {
		return this.paths.rule(runId);
	}

	/** Changes the run's completion rule and evaluates its participants against it. */
	@Transactional
	public void changeRule(CompletionRule rule) {
		this.checks.check(rule, this.paths.modules(rule.runId()));
		this.rules.saveRule(rule, this.clock.instant());
		this.evaluator.evaluateRun(rule.runId());
	}

	private PathModule editable(long moduleId) {
		PathModule module = this.modules.find(moduleId)
			.orElseThrow(() -> new UserFacingException("learning.error.moduleNotFound"));
		if (module.runId() != null) {
			requireEditable(module.runId());
		}
		return module;
	}

	private void requireEditable(long runId) {
		if (!runEditable(runId)) {
			throw new UserFacingException("learning.error.runStarted");
		}
	}

	private List<PathModule> path(PathModule module) {
		return module.runId() == null ? this.modules.ofCourse(module.courseId()) : this.modules.ofRun(module.runId());
	}

	private static Material material(ModuleDraft draft, Material before) {
		return switch (draft.kind()) {
			case LESSON -> new Material(blankToNull(draft.markdown()), null, null, null, 0, null, null);
			case VIDEO -> new Material(null, before.filePath(), before.fileName(), before.fileType(),
					before.fileSize(), blankToNull(draft.videoUrl()), null);
			case LIVE_SESSION -> new Material(null, null, null, null, 0, null, draft.sessionId());
			default -> before;
		};
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
