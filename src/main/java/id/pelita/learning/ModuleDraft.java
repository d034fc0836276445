package id.pelita.learning;

import org.jspecify.annotations.Nullable;

/**
 * What the organiser's form sends for a new or changed module. Files are attached separately.
 *
 * @param markdown a lesson's text
 * @param videoUrl a video's link (or null for an uploaded MP4)
 * @param sessionId a live-session module's session (runs only)
 */
public record ModuleDraft(ModuleKind kind, @Nullable String title, boolean required, Unlock unlock,
		@Nullable String markdown, @Nullable String videoUrl, @Nullable Long sessionId) {

	public static ModuleDraft of(PathModule module) {
		return new ModuleDraft(module.kind(), module.title(), module.required(), module.unlock(),
				module.material().markdown(), module.material().videoUrl(), module.material().sessionId());
	}

}
