package id.pelita.learning.ui.survey;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import id.pelita.learning.SurveyResults;
import id.pelita.learning.SurveyResults.RunSurvey;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The evaluation surveys of a run for organisers, each with its number of responses and a link to its results;
 * a run with a single survey opens its results at once.
 */
@Route("kelola/angkatan/:runId([0-9]{1,18})/evaluasi")
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
@com.vaadin.flow.component.dependency.StyleSheet("context://styles/survey.css")
class RunSurveysView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final transient SurveyResults results;

	final Anchor back = new Anchor();

	final H2 title = new H2();

	final Div list = new Div();

	final Paragraph empty = new Paragraph();

	RunSurveysView(SurveyResults results) {
		this.results = results;
		addClassName("page");
		this.back.setText(getTranslation("survey.results.back"));
		this.title.setText(getTranslation("survey.runSurveys.title"));
		this.empty.setText(getTranslation("survey.runSurveys.none"));
		this.empty.addClassName("empty-state");
		add(this.back, this.title, this.list, this.empty);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long runId = Long.parseLong(event.getRouteParameters().get(SurveyResultsView.RUN_ID).orElseThrow());
		this.back.setHref("kelola/angkatan/" + runId + "/hasil");
		List<RunSurvey> surveys = this.results.surveysOf(runId);
		if (surveys.size() == 1) {
			event.forwardTo(SurveyResultsView.class, new RouteParameters(java.util.Map.of(SurveyResultsView.RUN_ID,
					String.valueOf(runId), SurveyResultsView.MODULE_ID, String.valueOf(surveys.getFirst().moduleId()))));
			return;
		}
		this.list.removeAll();
		for (RunSurvey survey : surveys) {
			this.list.add(new Div(new Anchor(SurveyResultsView.route(runId, survey.moduleId()),
					getTranslation("survey.runSurveys.entry", survey.title(), survey.responses()))));
		}
		this.empty.setVisible(surveys.isEmpty());
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "survey.runSurveys.title");
	}

}
