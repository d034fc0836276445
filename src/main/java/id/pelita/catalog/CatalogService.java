package id.pelita.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import id.pelita.catalog.internal.Course;
import id.pelita.catalog.internal.CourseRepository;
import id.pelita.shared.JamPelajaran;
import id.pelita.shared.UserFacingException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Courses of the catalogue. Anyone may read them; organisers create them. */
@Service
public class CatalogService {

	private static final int SUMMARY_LENGTH = 180;

	private final CourseRepository courses;

	private final Clock clock;

	CatalogService(CourseRepository courses, Clock clock) {
		this.courses = courses;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<CourseSummary> courses() {
		return this.courses.findAllByOrderByTitleAsc().stream().map(CatalogService::summary).toList();
	}

	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public long createCourse(NewCourse request) {
		if (request.title() == null || request.title().isBlank()) {
			throw new UserFacingException("course.error.title");
		}
		if (request.jp() < 1 || request.jp() > 200) {
			throw new UserFacingException("course.error.jp");
		}
		if (!isPercentage(request.passMark()) || !isPercentage(request.attendanceThreshold())) {
			throw new UserFacingException("course.error.percentage");
		}
		if (this.courses.existsByCode(request.code())) {
			throw new UserFacingException("course.error.codeTaken", request.code());
		}
		Course course = new Course(request.code(), request.title().strip(), request.description(),
				request.competencyType(), request.category(), request.jp(), request.learningMode(),
				request.targetAudience(), request.passMark(), request.attendanceThreshold(),
				request.certificateTemplate(), this.clock.instant());
		return this.courses.saveAndFlush(course).getId();
	}

	private static boolean isPercentage(BigDecimal value) {
		return value != null && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
	}

	private static CourseSummary summary(Course course) {
		String description = course.getDescription();
		String summary = description.length() <= SUMMARY_LENGTH ? description
				: description.substring(0, description.lastIndexOf(' ', SUMMARY_LENGTH)) + " …";
		return new CourseSummary(course.getId(), course.getCode(), course.getTitle(), summary,
				course.getCompetencyType(), course.getCategory(), JamPelajaran.of(course.getJp()),
				course.getLearningMode());
	}

}
