package id.pelita.learning.ui.survey;

import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.pelita.learning.InstructedSurvey;
import id.pelita.learning.SurveyReport;
import id.pelita.learning.SurveyResults;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.UserContext;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.PermitAll;

/**
 * What an instructor with a linked account reads of the surveys that rate them: the list of those runs, and per
 * run the aggregates of the organisation, the materials and their own items, only once at least three
 * participants responded; never free text, never other instructors. {@code ?angkatan=&modul=} opens one.
 */
@Route("pengajar/evaluasi")
@PermitAll
@StyleSheet("context://styles/survey.css")
class InstructorSurveysView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String RUN = "angkatan";

	static final String MODULE = "modul";

	private final transient SurveyResults results;

	final H2 title = new H2();

	final Div list = new Div();

	final Paragraph empty = new Paragraph();

	final Paragraph withheld = new Paragraph();

	final Paragraph summary = new Paragraph();

	final SurveyReportPanel report = new SurveyReportPanel();

	InstructorSurveysView(SurveyResults results) {
		this.results = results;
		addClassName("page");
		this.title.setText(getTranslation("survey.instructor.title"));
		this.empty.setText(getTranslation("survey.instructor.none"));
		this.empty.addClassName("empty-state");
		this.withheld.addClassName("empty-state");
		this.report.setWidthFull();
		add(this.title, this.list, this.empty, this.summary, this.withheld, this.report);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters();
		List<InstructedSurvey> mine = this.results.mySurveys();
		this.list.removeAll();
		for (InstructedSurvey survey : mine) {
			Anchor link = new Anchor("pengajar/evaluasi?" + RUN + "=" + survey.runId() + "&" + MODULE + "="
					+ survey.moduleId(), getTranslation("survey.instructor.entry", survey.courseTitle(),
							survey.runName(), survey.responses()));
			link.addClassName("survey-entry");
			this.list.add(new Div(link));
		}
		this.empty.setVisible(mine.isEmpty());
		this.summary.setVisible(false);
		this.withheld.setVisible(false);
		this.report.removeAll();
		var run = parameters.getSingleParameter(RUN).filter(value -> value.matches("[0-9]{1,18}"));
		var module = parameters.getSingleParameter(MODULE).filter(value -> value.matches("[0-9]{1,18}"));
		if (run.isPresent() && module.isPresent()) {
			open(Long.parseLong(run.get()), Long.parseLong(module.get()));
		}
	}

	private void open(long runId, long moduleId) {
		SurveyReport found;
		try {
			found = this.results.instructorReport(runId, moduleId);
		}
		catch (UserFacingException ex) {
			this.withheld.setText(getTranslation(ex.messageKey(), ex.arguments()));
			this.withheld.setVisible(true);
			return;
		}
		this.summary.setText(getTranslation("survey.results.summary", found.courseTitle(), found.runName(),
				found.responses()));
		this.summary.setVisible(true);
		if (found.withheld()) {
			this.withheld.setText(getTranslation("survey.instructor.withheld", SurveyResults.INSTRUCTOR_THRESHOLD,
					found.responses()));
			this.withheld.setVisible(true);
			return;
		}
		this.report.show(found, UserContext.locale());
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "survey.instructor.title");
	}

}
