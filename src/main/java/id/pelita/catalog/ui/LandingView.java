package id.pelita.catalog.ui;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.pelita.catalog.CatalogService;
import id.pelita.catalog.CatalogueFilter;
import id.pelita.catalog.CourseSummary;
import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.catalog.SeatAvailability;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.LanguageSwitch;
import id.pelita.shared.ui.UserContext;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The public front page: what Pelita offers, how it works in three steps, and the runs of this month and next
 * that are open for registration or about to open, with the seats left.
 */
@Route(value = "", autoLayout = false)
@AnonymousAllowed
class LandingView extends VerticalLayout implements HasDynamicTitle {

	final Div runs = new Div();

	LandingView(RunService runService, CatalogService catalog, ObjectProvider<SeatAvailability> seatAvailability) {
		addClassName("page");
		this.runs.setWidthFull();
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
		add(new H2(getTranslation("landing.howItWorks")), steps, new H2(getTranslation("landing.courses")), this.runs);
		List<RunDetails> offered = runService.catalogue(CatalogueFilter.none());
		if (offered.isEmpty()) {
			Paragraph empty = new Paragraph(getTranslation("landing.noCourses"));
			empty.addClassName("empty-state");
			this.runs.add(empty);
			return;
		}
		SeatAvailability availability = seatAvailability.getIfUnique();
		Map<Long, Integer> confirmed = availability == null ? null
				: availability.confirmedSeats(offered.stream().map(RunDetails::id).toList());
		Map<Long, CourseSummary> courses = catalog.courses()
			.stream()
			.collect(Collectors.toMap(CourseSummary::id, Function.identity()));
		Map<YearMonth, List<RunDetails>> byMonth = offered.stream()
			.collect(Collectors.groupingBy(RunDetails::month, TreeMap::new, Collectors.toList()));
		byMonth.forEach((month, monthRuns) -> {
			Div cards = new Div();
			cards.addClassName("cards");
			monthRuns.forEach(run -> cards.add(card(run, courses.get(run.courseId()), confirmed)));
			this.runs.add(new H3(CatalogFormats.month(month, UserContext.locale())), cards);
		});
	}

	private Div card(RunDetails run, @Nullable CourseSummary course, @Nullable Map<Long, Integer> confirmed) {
		Div card = new Div();
		card.addClassName("course-card");
		if (course != null && course.coverImageUrl() != null) {
			Image cover = new Image(course.coverImageUrl(), "");
			cover.addClassName("course-cover");
			card.add(cover);
		}
		Span type = new Span(getTranslation(run.competencyType().labelKey()));
		type.addClassName("chip");
		Span jp = new Span(getTranslation("course.jp", run.jp().hours()));
		jp.addClassName("chip");
		Paragraph name = new Paragraph(run.name());
		name.addClassName("run-name");
		card.add(new H4(run.courseTitle()), name, new Div(type, new Span(" "), jp));
		card.add(fact("landing.dates", CatalogFormats.dates(run.startsOn(), run.endsOn(), UserContext.locale())));
		card.add(run.registrationOpen()
				? fact("landing.registrationCloses",
						IndonesianTime.dateTime(run.registrationClosesAt(), UserContext.zone(), UserContext.locale()))
				: fact("landing.registrationOpens",
						IndonesianTime.dateTime(run.registrationOpensAt(), UserContext.zone(), UserContext.locale())));
		card.add(seats(run, confirmed));
		Anchor details = new Anchor("katalog/" + run.id(), getTranslation("landing.details"));
		details.addClassName("card-link");
		card.add(details);
		return card;
	}

	private Paragraph fact(String key, String value) {
		Paragraph fact = new Paragraph(getTranslation(key, value));
		fact.addClassName("card-fact");
		return fact;
	}

	private Span seats(RunDetails run, @Nullable Map<Long, Integer> confirmed) {
		Span seats;
		if (confirmed == null) {
			seats = new Span(getTranslation("landing.seats", run.seats()));
		}
		else {
			int left = Math.max(0, run.seats() - confirmed.getOrDefault(run.id(), 0));
			seats = new Span(left == 0 ? getTranslation("landing.full")
					: getTranslation("landing.seatsLeft", left, run.seats()));
			seats.addClassName(left == 0 ? "seats-full" : "seats-left");
		}
		seats.addClassName("seats");
		return seats;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " | " + getTranslation("app.tagline");
	}

}
