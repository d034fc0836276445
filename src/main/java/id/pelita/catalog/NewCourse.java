package id.pelita.catalog;

import java.math.BigDecimal;

/**
 * What an organiser fills in to create or change a course.
 *
 * @param description Markdown (GFM tables allowed), shown through {@link CourseDescription}
 * @param jp whole JP, 1 to {@value CatalogService#MAX_JP}; 1 JP is 45 minutes
 * @param passMark post-test pass mark in percent, 0 to 100
 * @param attendanceThreshold attendance needed to complete, in percent, 0 to 100
 * @param certificateTemplate the name of a folder under {@code certificates-templates/}
 */
public record NewCourse(String code, String title, String description, CompetencyType competencyType,
		String category, int jp, LearningMode learningMode, String targetAudience, BigDecimal passMark,
		BigDecimal attendanceThreshold, String certificateTemplate) {

	public NewCourse withCode(String code) {
		return new NewCourse(code, this.title, this.description, this.competencyType, this.category, this.jp,
				this.learningMode, this.targetAudience, this.passMark, this.attendanceThreshold,
				this.certificateTemplate);
	}

	public NewCourse withTitle(String title) {
		return new NewCourse(this.code, title, this.description, this.competencyType, this.category, this.jp,
				this.learningMode, this.targetAudience, this.passMark, this.attendanceThreshold,
				this.certificateTemplate);
	}

	public NewCourse withDescription(String description) {
		return new NewCourse(this.code, this.title, description, this.competencyType, this.category, this.jp,
				this.learningMode, this.targetAudience, this.passMark, this.attendanceThreshold,
				this.certificateTemplate);
	}

	public NewCourse withCompetencyType(CompetencyType competencyType) {
		return new NewCourse(this.code, this.title, this.description, competencyType, this.category, this.jp,
				this.learningMode, this.targetAudience, this.passMark, this.attendanceThreshold,
				this.certificateTemplate);
	}

	public NewCourse withCategory(String category) {
		return new NewCourse(this.code, this.title, this.description, this.competencyType, category, this.jp,
				this.learningMode, this.targetAudience, this.passMark, this.attendanceThreshold,
				this.certificateTemplate);
	}

	public NewCourse withJp(int jp) {
		return new NewCourse(this.code, this.title, this.description, this.competencyType, this.category, jp,
				this.learningMode, this.targetAudience, this.passMark, this.attendanceThreshold,
				this.certificateTemplate);
	}

	public NewCourse withLearningMode(LearningMode learningMode) {
		return new NewCourse(this.code, this.title, this.description, this.competencyType, this.category, this.jp,
				learningMode, this.targetAudience, this.passMark, this.attendanceThreshold, this.certificateTemplate);
	}

	public NewCourse withTargetAudience(String targetAudience) {
		return new NewCourse(this.code, this.title, this.description, this.competencyType, this.category, this.jp,
				this.learningMode, targetAudience, this.passMark, this.attendanceThreshold, this.certificateTemplate);
	}

	public NewCourse withPassMark(BigDecimal passMark) {
		return new NewCourse(this.code, this.title, this.description, this.competencyType, this.category, this.jp,
				this.learningMode, this.targetAudience, passMark, this.attendanceThreshold, this.certificateTemplate);
	}

	public NewCourse withAttendanceThreshold(BigDecimal attendanceThreshold) {
		return new NewCourse(this.code, this.title, this.description, this.competencyType, this.category, this.jp,
				this.learningMode, this.targetAudience, this.passMark, attendanceThreshold, this.certificateTemplate);
	}

	public NewCourse withCertificateTemplate(String certificateTemplate) {
		return new NewCourse(this.code, this.title, this.description, this.competencyType, this.category, this.jp,
				this.learningMode, this.targetAudience, this.passMark, this.attendanceThreshold, certificateTemplate);
	}

}
