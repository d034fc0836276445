package id.pelita.learning;

import id.pelita.shared.files.FileType;
import org.jspecify.annotations.Nullable;

/**
 * What a lesson, file, video or live-session module holds (quizzes and surveys keep theirs in their own part).
 *
 * @param markdown the lesson's text
 * @param filePath the stored document or MP4 under the storage directory
 * @param fileName the name the organiser's file had, for the download
 * @param videoUrl a link on an allowed video host
 * @param sessionId one of the run's live sessions
 */
public record Material(@Nullable String markdown, @Nullable String filePath, @Nullable String fileName,
		@Nullable FileType fileType, long fileSize, @Nullable String videoUrl, @Nullable Long sessionId) {

	public static final Material NONE = new Material(null, null, null, null, 0, null, null);

	public Material withFile(String path, String name, FileType type, long size) {
		return new Material(this.markdown, path, name, type, size, this.videoUrl, this.sessionId);
	}

}
