package id.pelita.enrolment.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.enrolment.EnrolmentStatus;
import id.pelita.enrolment.MyCourseBadge;
import id.pelita.enrolment.MyEnrolment;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.ObjectProvider;

/** The participant's courses in three tabs: active (confirmed), waiting (waitlist, approval), finished or ended. */
@Route("kursus-saya")
@Menu(title = "menu.myCourses", icon = "vaadin:academy-cap", order = 11)
@RolesAllowed(Role.PARTICIPANT_NAME)
class MyCoursesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "kursus-saya";

	/** The tabs, in order, with the address parameter of each. */
	enum Section {

		ACTIVE("aktif"), WAITING("menunggu"), FINISHED("selesai");

		private final String parameter;

		Section(String parameter) {
			this.parameter = parameter;
		}

		boolean contains(MyEnrolment enrolment) {
			boolean over = CatalogueDates.finished(enrolment.run());
			return switch (this) {
				case ACTIVE -> enrolment.status() == EnrolmentStatus.CONFIRMED && !over;
				case WAITING -> !over && (enrolment.status() == EnrolmentStatus.WAITLISTED
						|| enrolment.status() == EnrolmentStatus.PENDING_APPROVAL);
				case FINISHED -> over || !enrolment.status().active();
			};
		}

	}

	private final List<MyEnrolment> mine;

	final Tabs tabs = new Tabs();

	private final Map<Section, Tab> tabBySection;

	final Div cards = new Div();

	final Paragraph empty = new Paragraph();

	private final transient List<MyCourseBadge> badges;

	MyCoursesView(ParticipantEnrolments enrolments, ObjectProvider<MyCourseBadge> badges) {
		this.mine = enrolments.myEnrolments();
		this.badges = badges.stream().toList();
		addClassName("page");
		this.tabBySection = Map.of(Section.ACTIVE, tab(Section.ACTIVE, "myCourses.active"), Section.WAITING,
				tab(Section.WAITING, "myCourses.waiting"), Section.FINISHED,
				tab(Section.FINISHED, "myCourses.finished"));
		this.tabs.add(this.tabBySection.get(Section.ACTIVE), this.tabBySection.get(Section.WAITING),
				this.tabBySection.get(Section.FINISHED));
		this.tabs.addSelectedChangeListener(event -> {
			show(selected());
			getUI().ifPresent(ui -> ui.getPage()
				.getHistory()
				.replaceState(null, new Location(ROUTE, QueryParameters.of("tab", selected().parameter))));
		});
		this.cards.addClassName("cards");
		this.empty.addClassName("empty-state");
		add(new H2(getTranslation("menu.myCourses")), this.tabs, this.cards, this.empty);
		show(Section.ACTIVE);
	}

	private Tab tab(Section section, String key) {
		long count = this.mine.stream().filter(section::contains).count();
		return new Tab(getTranslation(key, count));
	}

	Section selected() {
		return this.tabBySection.entrySet()
			.stream()
			.filter(entry -> entry.getValue() == this.tabs.getSelectedTab())
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(Section.ACTIVE);
	}

	void show(Section section) {
		Predicate<MyEnrolment> shown = section::contains;
		List<MyEnrolment> enrolments = this.mine.stream().filter(shown).toList();
		this.cards.removeAll();
		enrolments.forEach(enrolment -> this.cards.add(card(enrolment)));
		this.cards.setVisible(!enrolments.isEmpty());
		this.empty.setText(getTranslation("myCourses.empty." + section.name()));
		this.empty.setVisible(enrolments.isEmpty());
	}

	private Div card(MyEnrolment enrolment) {
		Div status = new Div(EnrolmentFormats.statusChip(this, enrolment.status()));
		if (enrolment.waitlistPosition() != null) {
			status.add(new Paragraph(getTranslation("runPage.waitlistPosition", enrolment.waitlistPosition())));
		}
		if (enrolment.reason() != null) {
			status.add(new Paragraph(getTranslation("runPage.reason", enrolment.reason())));
		}
		RouterLink link = new RouterLink(getTranslation("catalogue.details"), RunPageView.class,
				new RouteParameters(RunPageView.RUN_ID, String.valueOf(enrolment.run().id())));
		Div card = new Div(new H3(enrolment.run().courseTitle()), new Paragraph(enrolment.run().name()),
				new Paragraph(EnrolmentFormats.dates(enrolment.run())), status, link);
		if (enrolment.status() == EnrolmentStatus.CONFIRMED) {
			this.badges.forEach(badge -> badge.badge(enrolment.run().id()).ifPresent(card::add));
		}
		card.addClassName("course-card");
		return card;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.getLocation().getQueryParameters().getSingleParameter("tab").ifPresent(value -> {
			for (Section section : Section.values()) {
				if (section.parameter.equals(value)) {
					this.tabs.setSelectedTab(this.tabBySection.get(section));
					show(section);
				}
			}
		});
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "menu.myCourses");
	}

}
