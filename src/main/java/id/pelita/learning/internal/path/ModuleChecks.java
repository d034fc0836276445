package id.pelita.learning.internal.path;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import id.pelita.learning.CompletionRule;
import id.pelita.learning.LearningSettings;
import id.pelita.learning.ModuleDraft;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.PathModule;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.LiveSessionDirectory;
import id.pelita.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Checks what organisers send before anything is written; each refusal names what to fix. */
@Component
public class ModuleChecks {

	/** The longest module title. */
	public static final int MAX_TITLE = 200;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final LiveSessionDirectory sessions;

	private final VideoLinks videos;

	ModuleChecks(LiveSessionDirectory sessions, LearningSettings settings) {
		this.sessions = sessions;
		this.videos = new VideoLinks(settings.videoHosts());
	}

	public VideoLinks videos() {
		return this.videos;
	}

	/**
	 * A draft for a module of a path ({@code runId} null for a course template).
	 * @param path the path's modules as they are
	 * @param existing the module being changed, null for a new one
	 */
	public String check(ModuleDraft draft, @Nullable Long runId, List<PathModule> path, @Nullable PathModule existing) {
		if (draft.kind() == null) {
			throw new UserFacingException("learning.error.kind");
		}
		if (existing != null && existing.kind() != draft.kind()) {
			throw new UserFacingException("learning.error.kindFixed");
		}
		String title = draft.title() == null ? "" : draft.title().strip();
		if (title.isEmpty()) {
			throw new UserFacingException("learning.error.title");
		}
		if (title.length() > MAX_TITLE) {
			throw new UserFacingException("learning.error.titleTooLong", MAX_TITLE);
		}
		if (draft.kind() == ModuleKind.LESSON) {
			LessonHtml.check(draft.markdown());
		}
		if (draft.kind() == ModuleKind.VIDEO && draft.videoUrl() != null && !draft.videoUrl().isBlank()) {
			this.videos.embedUrl(draft.videoUrl());
		}
		if (draft.kind() == ModuleKind.LIVE_SESSION && draft.sessionId() != null) {
			LiveSession session = this.sessions.find(draft.sessionId()).orElse(null);
			if (runId == null || session == null || session.runId() != runId) {
				throw new UserFacingException("learning.error.sessionOfRun");
			}
		}
		Long after = draft.unlock() == null ? null : draft.unlock().afterModuleId();
		if (after != null && (existing != null && after == existing.id()
				|| path.stream().noneMatch(module -> module.id() == after))) {
			throw new UserFacingException("learning.error.unlockModule");
		}
		return title;
	}

	/** A run's rule: the post-test a quiz and the evaluation a survey of the run, the threshold 0-100. */
	public void check(CompletionRule rule, List<PathModule> path) {
		if (rule.postTestModuleId() != null && path.stream()
			.noneMatch(m -> m.kind() == ModuleKind.QUIZ && Objects.equals(m.id(), rule.postTestModuleId()))) {
			throw new UserFacingException("learning.error.postTestModule");
		}
		if (rule.evaluationModuleId() != null && path.stream()
			.noneMatch(m -> m.kind() == ModuleKind.SURVEY && Objects.equals(m.id(), rule.evaluationModuleId()))) {
			throw new UserFacingException("learning.error.evaluationModule");
		}
		BigDecimal threshold = rule.attendanceThreshold();
		if (threshold != null && (threshold.signum() < 0 || threshold.compareTo(HUNDRED) > 0)) {
			throw new UserFacingException("learning.error.threshold");
		}
	}

}
