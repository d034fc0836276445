package id.pelita.learning.ui.survey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.pelita.learning.CourseProgress;
import id.pelita.learning.EvaluationSurveys;
import id.pelita.learning.ParticipantPath;
import id.pelita.learning.SurveyForm;
import id.pelita.learning.ui.CompletionBanner;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation survey of a run for its participant: the form, every statement rated 1-5 and free text optional;
 * submitted once. Afterwards, and on every later visit, the page thanks them and says when they submitted. Only
 * the run's confirmed participants get the form; anyone else reads why not. The submit that completes the run shows
 * "Selesai" at once.
 */
@Route("kursus-saya/:runId([0-9]{1,18})/evaluasi/:moduleId([0-9]{1,18})")
@PermitAll
@com.vaadin.flow.component.dependency.StyleSheet("context://styles/survey.css")
class SurveyView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String RUN_ID = "runId";

	static final String MODULE_ID = "moduleId";

	private final transient EvaluationSurveys surveys;

	private final transient ParticipantPath path;

	final Anchor back = new Anchor();

	final H2 title = new H2();

	final CompletionBanner completed = new CompletionBanner();

	final Paragraph course = new Paragraph();

	final Paragraph anonymity = new Paragraph();

	final Div formArea = new Div();

	final Button submit = new Button();

	final Paragraph done = new Paragraph();

	final Paragraph refusal = new Paragraph();

	@Nullable SurveyFormPanel panel;

	private @Nullable SurveyForm form;

	SurveyView(EvaluationSurveys surveys, ParticipantPath path) {
		this.surveys = surveys;
		this.path = path;
		addClassName("page");
		this.anonymity.setText(getTranslation("survey.form.anonymous"));
		this.anonymity.addClassName("field-note");
		this.formArea.setWidthFull();
		this.submit.setText(getTranslation("survey.form.submit"));
		this.submit.setIcon(VaadinIcon.PAPERPLANE.create());
		this.submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
		this.submit.setDisableOnClick(true);
		this.submit.addClickListener(click -> submit());
		this.done.addClassName("survey-done");
		this.refusal.addClassName("empty-state");
		add(this.back, this.title, this.completed, this.course, this.anonymity, this.formArea, this.submit, this.done, this.refusal);
	}

	static String route(long runId, long moduleId) {
		return "kursus-saya/" + runId + "/evaluasi/" + moduleId;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long runId = Long.parseLong(event.getRouteParameters().get(RUN_ID).orElseThrow());
		long moduleId = Long.parseLong(event.getRouteParameters().get(MODULE_ID).orElseThrow());
		this.back.setText(getTranslation("survey.form.back"));
		this.back.setHref("kursus-saya/" + runId);
		try {
			show(this.surveys.form(runId, moduleId));
		}
		catch (UserFacingException ex) {
			this.form = null;
			this.title.setText(getTranslation("survey.form.refusedTitle"));
			this.refusal.setText(getTranslation(ex.messageKey(), ex.arguments()));
			this.refusal.setVisible(true);
			this.course.setVisible(false);
			this.anonymity.setVisible(false);
			this.formArea.setVisible(false);
			this.submit.setVisible(false);
			this.done.setVisible(false);
		}
	}

	private void show(SurveyForm shown) {
		this.form = shown;
		this.title.setText(shown.title());
		this.course.setText(getTranslation("survey.form.course", shown.courseTitle(), shown.runName()));
		this.refusal.setVisible(false);
		this.formArea.removeAll();
		this.panel = null;
		boolean open = !shown.submitted();
		if (open) {
			this.panel = new SurveyFormPanel(shown);
			this.formArea.add(this.panel);
		}
		else {
			this.done.setText(getTranslation("survey.form.submittedAt", IndonesianTime.dateTime(
					java.util.Objects.requireNonNull(shown.submittedAt()), UserContext.zone(), UserContext.locale())));
		}
		this.anonymity.setVisible(open);
		this.formArea.setVisible(open);
		this.submit.setVisible(open);
		this.submit.setEnabled(open);
		this.done.setVisible(!open);
	}

	private void submit() {
		SurveyForm shown = this.form;
		SurveyFormPanel filled = this.panel;
		if (shown == null || filled == null) {
			return;
		}
		int unrated = filled.markUnrated();
		if (unrated > 0) {
			Notices.failure(new UserFacingException("survey.error.unanswered", unrated));
			this.submit.setEnabled(true);
			return;
		}
		try {
			this.surveys.submit(shown.runId(), shown.moduleId(), filled.answers());
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			if ("survey.error.alreadySubmitted".equals(ex.messageKey())) {
				show(this.surveys.form(shown.runId(), shown.moduleId()));
			}
			else {
				this.submit.setEnabled(true);
			}
			return;
		}
		show(this.surveys.form(shown.runId(), shown.moduleId()));
		if (this.path.myProgress(shown.runId()).map(CourseProgress::completed).orElse(false)) {
			this.completed.show();
			Notices.success("learning.path.completedNotice");
		}
		else {
			Notices.success("survey.form.thanks");
		}
	}

	@Override
	public String getPageTitle() {
		String name = this.form == null ? getTranslation("survey.form.pageTitle") : this.form.title();
		return PageTitles.named(this, name);
	}

}
