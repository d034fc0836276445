package id.pelita.catalog;

import id.pelita.shared.JamPelajaran;

/** A course as the catalogue and the landing page show it. */
public record CourseSummary(long id, String code, String title, String summary, CompetencyType competencyType,
		String category, JamPelajaran jp, LearningMode learningMode) {
}
