package id.pelita.learning;

import id.pelita.liveclass.LiveSession;
import org.jspecify.annotations.Nullable;

/**
 * A module as the participant opens it.
 *
 * @param lessonHtml a lesson's text as safe HTML
 * @param embedUrl a linked video's embed address
 * @param fileUrl the address of the module's stored document or MP4 (served by {@code MaterialFiles})
 * @param session a live-session module's session
 * @param route a quiz's or survey's page, without a leading slash
 */
public record ModuleContent(ModuleProgress progress, @Nullable String lessonHtml, @Nullable String embedUrl,
		@Nullable String fileUrl, @Nullable LiveSession session, @Nullable String route) {

	public PathModule module() {
		return this.progress.module();
	}

}
