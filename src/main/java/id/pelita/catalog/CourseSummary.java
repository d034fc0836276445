package id.pelita.catalog;

import id.pelita.shared.JamPelajaran;
import org.jspecify.annotations.Nullable;

/**
 * A course as lists and cards show it.
 *
 * @param coverImageUrl where browsers load the cover image from (relative to the application root), or null
 */
public record CourseSummary(long id, String code, String title, String summary, CompetencyType competencyType,
		String category, JamPelajaran jp, LearningMode learningMode, @Nullable String coverImageUrl) {

	/** Covers are served under {@code /images/}, which anyone may read: {@code images/covers/<sha256>.png}. */
	static @Nullable String coverUrl(@Nullable String coverImage) {
		return coverImage == null ? null : "images/" + coverImage;
	}

}
