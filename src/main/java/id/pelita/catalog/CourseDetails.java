package id.pelita.catalog;

import java.math.BigDecimal;

import id.pelita.shared.JamPelajaran;
import org.jspecify.annotations.Nullable;

/**
 * Everything about a course, for the organiser's form and the run page.
 *
 * @param description Markdown; show it with {@link CourseDescription#toSafeHtml(String)}
 * @param coverImage the cover's path under the storage directory ({@code covers/<sha256>.<ext>}), if any
 */
public record CourseDetails(long id, String code, String title, String description, CompetencyType competencyType,
		String category, JamPelajaran jp, LearningMode learningMode, String targetAudience, BigDecimal passMark,
		BigDecimal attendanceThreshold, String certificateTemplate, @Nullable String coverImage, boolean active) {

	/** The address browsers load the cover from, relative to the application root; null without a cover. */
	public @Nullable String coverImageUrl() {
		return CourseSummary.coverUrl(this.coverImage);
	}

	/** The description as safe HTML (see {@link CourseDescription}). */
	public String descriptionHtml() {
		return CourseDescription.toSafeHtml(this.description);
	}

	/** The course as its edit form starts: the same values, ready to change and send back. */
	public NewCourse toNewCourse() {
		return new NewCourse(this.code, this.title, this.description, this.competencyType, this.category,
				this.jp.hours(), this.learningMode, this.targetAudience, this.passMark, this.attendanceThreshold,
				this.certificateTemplate);
	}

}
