package id.pelita.catalog.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.pelita.catalog.CatalogService;
import id.pelita.catalog.CourseSummary;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.ui.LanguageSwitch;

/** The public front page: what Pelita offers, how it works in three steps, and the courses on offer. */
@Route(value = "", autoLayout = false)
@AnonymousAllowed
class LandingView extends VerticalLayout implements HasDynamicTitle {

	LandingView(CatalogService catalog) {
		addClassName("page");
		boolean signedIn = CurrentUser.get().isPresent();
		Button signIn = new Button(getTranslation(signedIn ? "landing.toDashboard" : "landing.signIn"),
				click -> getUI().ifPresent(ui -> ui.navigate(signedIn ? "beranda" : "login")));
		signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Header header = new Header(new LanguageSwitch(locale -> getUI().ifPresent(ui -> ui.getPage().reload())),
				signIn);
		header.addClassName("app-header");
		add(header, new H1(getTranslation("app.name")), new Paragraph(getTranslation("landing.intro")));
		OrderedList steps = new OrderedList(new ListItem(getTranslation("landing.step1")),
				new ListItem(getTranslation("landing.step2")), new ListItem(getTranslation("landing.step3")));
		add(new H2(getTranslation("landing.howItWorks")), steps, new H2(getTranslation("landing.courses")));
		List<CourseSummary> courses = catalog.courses();
		if (courses.isEmpty()) {
			Paragraph empty = new Paragraph(getTranslation("landing.noCourses"));
			empty.addClassName("empty-state");
			add(empty);
			return;
		}
		Div cards = new Div();
		cards.addClassName("cards");
		courses.forEach(course -> cards.add(card(course)));
		add(cards);
	}

	private Div card(CourseSummary course) {
		Span type = new Span(getTranslation(course.competencyType().labelKey()));
		type.addClassName("chip");
		Span jp = new Span(getTranslation("course.jp", course.jp().hours()));
		jp.addClassName("chip");
		Div card = new Div(new H3(course.title()), new Div(type, new Span(" "), jp), new Paragraph(course.summary()));
		card.addClassName("course-card");
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " | " + getTranslation("app.tagline");
	}

}
