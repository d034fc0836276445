package id.pelita.reporting;

import java.util.List;
import java.util.Locale;

import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.learning.QuizResults;
import id.pelita.learning.SurveyReport;
import id.pelita.learning.SurveyResults;
import id.pelita.reporting.internal.OrganiserExports;
import id.pelita.reporting.internal.RunReportStore;
import id.pelita.shared.SpreadsheetFormat;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organiser reports of one run. Organisers manage every run (the catalog's rule); administrators too. The scores
 * and the evaluation come from the learning module's published results; nothing here changes anything.
 */
@Service
@Transactional(readOnly = true)
public class RunReports {

	private final RunReportStore store;

	private final RunService runs;

	private final QuizResults quizzes;

	private final SurveyResults surveys;

	private final OrganiserExports exports;

	RunReports(RunReportStore store, RunService runs, QuizResults quizzes, SurveyResults surveys,
			OrganiserExports exports) {
		this.store = store;
		this.runs = runs;
		this.quizzes = quizzes;
		this.surveys = surveys;
		this.exports = exports;
	}

	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	public RunFunnel funnel(long runId) {
		return this.store.funnel(runId);
	}

	/** The whole report of the run: funnel, score bands and gain, evaluation per item and instructor. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	public RunReport report(long runId) {
		RunDetails run = this.runs.run(runId);
		List<SurveyReport> evaluations = this.surveys.surveysOf(runId)
			.stream()
			.map(survey -> this.surveys.report(runId, survey.moduleId()))
			.toList();
		return RunReport.of(run, this.store.funnel(runId), this.quizzes.gain(runId, run.courseId()), evaluations);
	}

	/** One table of the report as a CSV or XLSX file in the reader's language. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	public byte[] export(long runId, RunReport.Table table, SpreadsheetFormat format, Locale locale) {
		return this.exports.write(report(runId), table, format, locale);
	}

}
