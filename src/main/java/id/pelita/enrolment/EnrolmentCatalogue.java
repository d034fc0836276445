package id.pelita.enrolment;

import java.util.List;
import java.util.Map;

import id.pelita.catalog.CatalogService;
import id.pelita.catalog.CatalogueFilter;
import id.pelita.catalog.CourseDescription;
import id.pelita.catalog.CourseDetails;
import id.pelita.catalog.CourseSummary;
import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.catalog.RunStatus;
import id.pelita.shared.UserFacingException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's view of the catalogue: runs with their seats left, and the run page with the participant's own
 * enrolment. Reads the catalog module's runs and courses; seats come from the enrolments.
 */
@Service
public class EnrolmentCatalogue {

	private final RunService runs;

	private final CatalogService catalog;

	private final ParticipantEnrolments enrolments;

	EnrolmentCatalogue(RunService runs, CatalogService catalog, ParticipantEnrolments enrolments) {
		this.runs = runs;
		this.catalog = catalog;
		this.enrolments = enrolments;
	}

	/** Published runs whose registration is open or upcoming, filtered, with their seats left. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<CatalogueEntry> catalogue(CatalogueFilter filter) {
		List<RunDetails> shown = this.runs.catalogue(filter);
		Map<Long, Integer> seatsLeft = this.enrolments.seatsLeft(shown);
		return shown.stream().map(run -> new CatalogueEntry(run, seatsLeft.getOrDefault(run.id(), run.seats()))).toList();
	}

	/** The categories of the courses on offer, for the catalogue's filter. */
	@Transactional(readOnly = true)
	public List<String> categories() {
		return this.catalog.courses().stream().map(CourseSummary::category).distinct().sorted().toList();
	}

	/** The run page: the run, its course, the seats left and the signed-in participant's enrolment. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public RunOverview overview(long runId) {
		RunDetails run = this.runs.run(runId);
		if (run.status() == RunStatus.DRAFT) {
			throw new UserFacingException("run.error.notFound");
		}
		CourseDetails course = this.catalog.course(run.courseId());
		return new RunOverview(run, CourseDescription.toPlainText(course.description()), course.descriptionHtml(),
				course.learningMode(), course.passMark(), course.attendanceThreshold(), this.enrolments.seatsLeft(runId),
				this.enrolments.myEnrolment(runId).orElse(null));
	}

}
