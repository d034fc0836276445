package id.pelita.learning.ui.quiz;

import java.math.BigDecimal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.pelita.learning.AttemptResult;
import id.pelita.learning.AttemptSummary;
import id.pelita.learning.CourseProgress;
import id.pelita.learning.ParticipantPath;
import id.pelita.learning.QuizAttempts;
import id.pelita.learning.QuizOverview;
import id.pelita.learning.ui.CompletionBanner;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * A quiz of the participant's run: what it is and their attempts, Start or Resume, taking it ({@link AttemptPanel}),
 * then the score and, when the quiz allows it, the review. Reopening the page resumes the attempt in progress with
 * the time left. The submit that completes the run shows "Selesai" at once.
 */
@Route("kursus-saya/:runId([0-9]{1,18})/kuis/:moduleId([0-9]{1,18})")
@RolesAllowed(Role.PARTICIPANT_NAME)
@StyleSheet("context://styles/quiz.css")
class QuizView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String RUN_ID = "runId";

	static final String MODULE_ID = "moduleId";

	private final transient QuizAttempts attempts;

	private final transient ParticipantPath path;

	final Anchor back = new Anchor();

	final H2 title = new H2();

	final CompletionBanner completed = new CompletionBanner();

	final Paragraph about = new Paragraph();

	final UnorderedList history = new UnorderedList();

	final Paragraph kept = new Paragraph();

	final Button start = new Button();

	final Div content = new Div();

	final Div result = new Div();

	@Nullable AttemptPanel panel;

	private long runId;

	private long moduleId;

	private String pageTitle = "";

	private boolean completedBefore;

	QuizView(QuizAttempts attempts, ParticipantPath path) {
		this.attempts = attempts;
		this.path = path;
		addClassName("page");
		this.back.setText(getTranslation("quizTake.back"));
		this.start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.start.addClickListener(e -> begin());
		this.content.setWidthFull();
		add(this.back, this.title, this.completed, this.about, this.kept, this.history, this.start, this.result, this.content);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.runId = Long.parseLong(event.getRouteParameters().get(RUN_ID).orElseThrow());
		this.moduleId = Long.parseLong(event.getRouteParameters().get(MODULE_ID).orElseThrow());
		this.back.setHref("kursus-saya/" + this.runId);
		try {
			QuizOverview overview = this.attempts.overview(this.runId, this.moduleId);
			this.completedBefore = runCompleted();
			showOverview(overview);
			if (overview.openAttemptId() != null) {
				take(overview.openAttemptId());
			}
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			event.forwardTo("kursus-saya");
		}
	}

	private void showOverview(QuizOverview overview) {
		this.pageTitle = overview.title();
		this.title.setText(overview.title());
		String time = overview.timeLimitMinutes() == null ? getTranslation("quizTake.noTimeLimit")
				: getTranslation("quizTake.timeLimit", overview.timeLimitMinutes());
		String tries = overview.attemptsAllowed() == null ? getTranslation("quizTake.unlimited")
				: getTranslation("quizTake.attemptsLeft", overview.attemptsLeft(), overview.attemptsAllowed());
		String pass = overview.passMark() == null ? "" : " " + getTranslation("quizTake.passMark", plain(overview.passMark()));
		this.about.setText(getTranslation(overview.kind().labelKey()) + " · "
				+ getTranslation("quizTake.questions", overview.questions()) + " · " + time + " · " + tries + pass);
		this.history.removeAll();
		for (AttemptSummary attempt : overview.attempts()) {
			this.history.add(new ListItem(line(attempt)));
		}
		this.kept.setVisible(overview.keptScore() != null);
		if (overview.keptScore() != null) {
			this.kept.setText(getTranslation("quizTake.kept", plain(overview.keptScore()), getTranslation(overview.grading().labelKey()))
					+ (overview.passed() == null ? "" : " " + getTranslation(overview.passed() ? "quizTake.passed" : "quizTake.notPassed")));
		}
		this.start.setText(getTranslation(overview.openAttemptId() != null ? "quizTake.resume"
				: overview.attempts().isEmpty() ? "quizTake.start" : "quizTake.startAgain"));
		this.start.setVisible(overview.canStart());
	}

	private String line(AttemptSummary attempt) {
		String when = IndonesianTime.dateTime(attempt.startedAt(), UserContext.zone(), UserContext.locale());
		if (!attempt.submitted()) {
			return getTranslation("quizTake.historyOpen", attempt.number(), when);
		}
		return getTranslation("quizTake.historyDone", attempt.number(), when, plain(attempt.score()))
				+ (attempt.timedOut() ? " " + getTranslation("quizTake.timedOut") : "");
	}

	void begin() {
		try {
			take(this.attempts.start(this.runId, this.moduleId));
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
	}

	private void take(long attemptId) {
		this.start.setVisible(false);
		this.result.removeAll();
		this.content.removeAll();
		var sheet = this.attempts.sheet(attemptId);
		if (sheet.submitted()) {
			finished(this.attempts.result(attemptId));
			return;
		}
		this.panel = new AttemptPanel(this.attempts, sheet, this::finished);
		this.content.add(this.panel);
	}

	void finished(AttemptResult outcome) {
		this.content.removeAll();
		this.panel = null;
		showOverview(this.attempts.overview(this.runId, this.moduleId));
		if (!this.completedBefore && runCompleted()) {
			this.completedBefore = true;
			this.completed.show();
			Notices.success("learning.path.completedNotice");
		}
		this.result.removeAll();
		Paragraph score = new Paragraph(getTranslation("quizTake.score", plain(outcome.score()), plain(outcome.points()),
				plain(outcome.maxPoints())) + (outcome.passed() == null ? ""
						: " " + getTranslation(outcome.passed() ? "quizTake.passed" : "quizTake.notPassed")));
		score.getStyle().set("font-size", "var(--lumo-font-size-xl)");
		this.result.add(score);
		if (outcome.timedOut()) {
			this.result.add(new Paragraph(getTranslation("quizTake.submittedAtDeadline")));
		}
		if (outcome.reviewAllowed()) {
			this.result.add(new ReviewPanel(this.attempts.review(outcome.attemptId())));
		}
		else {
			this.result.add(new Paragraph(getTranslation("quizTake.noReview")));
		}
	}

	private boolean runCompleted() {
		return this.path.myProgress(this.runId).map(CourseProgress::completed).orElse(false);
	}

	private static String plain(@Nullable BigDecimal value) {
		return QuizFormats.number(value);
	}

	@Override
	public String getPageTitle() {
		return this.pageTitle.isEmpty() ? getTranslation("quizTake.pageTitle") : this.pageTitle;
	}

}
