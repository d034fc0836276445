package id.pelita.catalog;

import java.math.BigDecimal;

/** What an organiser fills in to create a course. */
public record NewCourse(String code, String title, String description, CompetencyType competencyType,
		String category, int jp, LearningMode learningMode, String targetAudience, BigDecimal passMark,
		BigDecimal attendanceThreshold, String certificateTemplate) {
}
