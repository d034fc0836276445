package id.pelita.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.learning.internal.survey.SurveyDefinitions;
import id.pelita.learning.internal.survey.SurveyExport;
import id.pelita.learning.internal.survey.SurveyInstructors;
import id.pelita.learning.internal.survey.SurveyModule;
import id.pelita.learning.internal.survey.SurveyStore;
import id.pelita.learning.internal.survey.SurveyTally;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of a run's evaluation survey, only ever aggregated: organisers see every figure and the free-text
 * answers (never who gave them); an instructor with a linked account sees the organisation and materials figures
 * and their own, without free text, and only once {@value #INSTRUCTOR_THRESHOLD} or more responses exist.
 */
@Service
public class SurveyResults {

	/** The fewest responses before an instructor sees figures (fewer could tell who answered what). */
	public static final int INSTRUCTOR_THRESHOLD = 3;

	private final SurveyDefinitions definitions;

	private final SurveyStore store;

	private final SurveyInstructors instructors;

	private final RunService runs;

	private final SurveyExport export;

	SurveyResults(SurveyDefinitions definitions, SurveyStore store, SurveyInstructors instructors, RunService runs,
			SurveyExport export) {
		this.definitions = definitions;
		this.store = store;
		this.instructors = instructors;
		this.runs = runs;
		this.export = export;
	}

	/** The survey modules of a run with their number of responses, for the run's pages. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<RunSurvey> surveysOf(long runId) {
		return this.store.modulesOfRun(runId)
			.stream()
			.map(module -> new RunSurvey(module.id(), module.title(), this.store.responses(module.id())))
			.toList();
	}

	/** Everything about a run's survey, in aggregate. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public SurveyReport report(long runId, long moduleId) {
		SurveyModule module = moduleOfRun(runId, moduleId);
		return report(module, null);
	}

	/** The report as the signed-in instructor may read it: their own figures, withheld below the threshold. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public SurveyReport instructorReport(long runId, long moduleId) {
		PelitaUser me = CurrentUser.require();
		SurveyModule module = moduleOfRun(runId, moduleId);
		if (this.store.instructors(moduleId).stream().noneMatch(i -> Objects.equals(i.accountId(), me.accountId()))) {
			throw new OutsideScopeException("survey.error.notInstructor");
		}
		return report(module, me.accountId());
	}

	/** The run surveys in which the signed-in person is a named instructor. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<InstructedSurvey> mySurveys() {
		PelitaUser me = CurrentUser.require();
		List<InstructedSurvey> surveys = new ArrayList<>();
		for (SurveyModule module : this.store.modulesOfInstructor(me.accountId())) {
			RunDetails run = this.runs.run(Objects.requireNonNull(module.runId()));
			int responses = this.store.responses(module.id());
			surveys.add(new InstructedSurvey(module.id(), run.id(), run.courseTitle(), run.name(), module.title(),
					responses, responses >= INSTRUCTOR_THRESHOLD));
		}
		return surveys;
	}

	/** The report as a CSV or XLSX file in the reader's language: a line per item (and instructor), then the texts. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public byte[] download(long runId, long moduleId, SpreadsheetFormat format, Locale locale) {
		return this.export.write(report(runId, moduleId), format, locale);
	}

	private SurveyReport report(SurveyModule module, @org.jspecify.annotations.Nullable Long instructorAccount) {
		long runId = Objects.requireNonNull(module.runId());
		RunDetails run = this.runs.run(runId);
		int responses = this.store.responses(module.id());
		boolean withheld = instructorAccount != null && responses < INSTRUCTOR_THRESHOLD;
		if (withheld) {
			return new SurveyReport(module.id(), runId, run.courseTitle(), run.name(), module.title(), responses, true,
					List.of(), List.of(), List.of(), List.of());
		}
		SurveyTally tally = new SurveyTally(this.store.items(module.id()), this.store.ratingCounts(module.id()));
		List<SurveyInstructor> rated = this.instructors.of(module)
			.stream()
			.filter(i -> instructorAccount == null || Objects.equals(i.accountId(), instructorAccount))
			.toList();
		return new SurveyReport(module.id(), runId, run.courseTitle(), run.name(), module.title(), responses, false,
				tally.section(SurveySection.ORGANISATION), tally.section(SurveySection.MATERIALS),
				tally.instructors(rated),
				instructorAccount == null ? tally.texts(this.store.texts(module.id())) : List.of());
	}

	private SurveyModule moduleOfRun(long runId, long moduleId) {
		return this.definitions.open(moduleId)
			.filter(module -> Objects.equals(module.runId(), runId))
			.orElseThrow(() -> new UserFacingException("survey.error.notFound"));
	}

	/** A survey module of a run. */
	public record RunSurvey(long moduleId, String title, int responses) {
	}

}
