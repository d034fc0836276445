package id.pelita.learning.ui.quiz;

import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.pelita.learning.PrePostGain;
import id.pelita.learning.QuizModule;
import id.pelita.learning.QuizResults;
import id.pelita.learning.QuizRunResults;
import id.pelita.learning.Quizzes;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.SpreadsheetDownload;
import id.pelita.shared.ui.UserContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * A quiz's results in a run for organisers: each participant's attempts and kept score, average, median and pass
 * rate, the per-question facility and discrimination, and pre-test against post-test gain; CSV and XLSX of each.
 */
@Route("kelola/angkatan/:runId([0-9]{1,18})/kuis/:moduleId([0-9]{1,18})")
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
class QuizResultsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String RUN_ID = "runId";

	static final String MODULE_ID = "moduleId";

	private final transient QuizResults results;

	private final transient Quizzes quizzes;

	final H2 title = new H2();

	final Paragraph summary = new Paragraph();

	final Grid<QuizRunResults.Participant> participants = new Grid<>();

	final Grid<QuizRunResults.Question> questions = new Grid<>();

	final Paragraph gainSummary = new Paragraph();

	final Grid<PrePostGain.Row> gain = new Grid<>();

	final Div downloads = new Div();

	QuizResultsView(QuizResults results, Quizzes quizzes) {
		this.results = results;
		this.quizzes = quizzes;
		addClassName("page");
		this.participants.addColumn(QuizRunResults.Participant::fullName).setHeader(getTranslation("quiz.results.name")).setAutoWidth(true);
		this.participants.addColumn(p -> p.nip() == null ? "" : p.nip()).setHeader(getTranslation("quiz.results.nip")).setAutoWidth(true);
		this.participants.addColumn(p -> p.attempts().stream().map(s -> QuizFormats.number(s.score())).collect(Collectors.joining(" · ")))
			.setHeader(getTranslation("quizResults.attempts"));
		this.participants.addColumn(p -> QuizFormats.number(p.kept())).setHeader(getTranslation("quiz.results.kept")).setAutoWidth(true);
		this.participants.addColumn(p -> p.passed() == null ? "" : getTranslation(p.passed() ? "quiz.results.yes" : "quiz.results.no"))
			.setHeader(getTranslation("quiz.results.passed")).setAutoWidth(true);
		this.participants.setAllRowsVisible(true);
		this.questions.addColumn(QuizRunResults.Question::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
		this.questions.addColumn(QuizRunResults.Question::text).setHeader(getTranslation("quiz.stats.question")).setFlexGrow(3);
		this.questions.addColumn(q -> q.statistics().attempts()).setHeader(getTranslation("quiz.stats.attempts")).setAutoWidth(true);
		this.questions.addColumn(q -> QuizFormats.number(q.statistics().facility())).setHeader(getTranslation("quiz.stats.facility")).setAutoWidth(true);
		this.questions.addColumn(q -> QuizFormats.number(q.statistics().discrimination()))
			.setHeader(getTranslation("quiz.stats.discrimination")).setAutoWidth(true);
		this.questions.setAllRowsVisible(true);
		this.gain.addColumn(PrePostGain.Row::fullName).setHeader(getTranslation("quiz.results.name")).setAutoWidth(true);
		this.gain.addColumn(r -> QuizFormats.number(r.pre())).setHeader(getTranslation("quiz.gain.pre"));
		this.gain.addColumn(r -> QuizFormats.number(r.post())).setHeader(getTranslation("quiz.gain.post"));
		this.gain.addColumn(r -> QuizFormats.number(r.gain())).setHeader(getTranslation("quiz.gain.gain"));
		this.gain.setAllRowsVisible(true);
		this.downloads.addClassName("quiz-actions");
		add(this.title, this.summary, this.downloads, this.participants, new H3(getTranslation("quiz.stats.sheet")),
				this.questions, new H3(getTranslation("quiz.gain.sheet")), this.gainSummary, this.gain);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long runId = Long.parseLong(event.getRouteParameters().get(RUN_ID).orElseThrow());
		long moduleId = Long.parseLong(event.getRouteParameters().get(MODULE_ID).orElseThrow());
		QuizRunResults shown;
		QuizModule module;
		try {
			shown = this.results.results(runId, moduleId);
			module = this.quizzes.module(moduleId);
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			event.forwardTo("kelola/angkatan");
			return;
		}
		this.title.setText(getTranslation("quizResults.title", shown.title()));
		this.summary.setText(getTranslation("quizResults.summary", shown.participants().size(),
				QuizFormats.number(shown.average()), QuizFormats.number(shown.median()), QuizFormats.number(shown.passRate())));
		this.participants.setItems(shown.participants());
		this.questions.setItems(shown.questions());
		PrePostGain gains = this.results.gain(runId, module.courseId());
		this.gain.setItems(gains.rows());
		this.gainSummary.setText(getTranslation("quizResults.gainSummary", QuizFormats.number(gains.averagePre()),
				QuizFormats.number(gains.averagePost()), QuizFormats.number(gains.averageGain())));
		Locale locale = UserContext.locale();
		this.downloads.removeAll();
		for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
			String ext = format.extension().toUpperCase(Locale.ROOT);
			this.downloads.add(new Anchor(SpreadsheetDownload.of(format, "hasil-kuis-" + moduleId,
					() -> this.results.export(runId, moduleId, format, locale)), getTranslation("quizResults.downloadResults", ext)));
			this.downloads.add(new Anchor(SpreadsheetDownload.of(format, "statistik-soal-" + moduleId,
					() -> this.results.exportStatistics(runId, moduleId, format, locale)), getTranslation("quizResults.downloadStats", ext)));
			this.downloads.add(new Anchor(SpreadsheetDownload.of(format, "pre-post-" + runId,
					() -> this.results.exportGain(runId, module.courseId(), format, locale)), getTranslation("quizResults.downloadGain", ext)));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("quizResults.pageTitle");
	}

}
