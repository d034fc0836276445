package id.pelita.liveclass.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.LiveSessionService;
import id.pelita.liveclass.MeetingState;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.MonthParameter;
import id.pelita.shared.ui.UserContext;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The organisers' month calendar of every live session ({@code ?bulan=2026-12}, default this month): a grid of
 * weeks from Monday, each session a chip with its time, title and provider, marked while its meeting is pending
 * or failed, struck through when cancelled, leading to its run's sessions. On a phone the same sessions show as a
 * list grouped by day instead (see {@code styles/schedule.css}).
 */
@Route(ScheduleCalendarView.ROUTE)
@Menu(title = "menu.sessionSchedule", icon = "vaadin:calendar-clock", order = 42)
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
@StyleSheet("context://styles/schedule.css")
class ScheduleCalendarView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "kelola/jadwal";

	static final String MONTH_PARAMETER = "bulan";

	private final transient LiveSessionService sessions;

	private final transient Clock clock;

	final Button previous = new Button();

	final Button next = new Button();

	final H3 monthTitle = new H3();

	/** The month as a grid of weeks (wide screens). */
	final Div month = new Div();

	/** The month as a list of days with sessions (phones). */
	final Div agenda = new Div();

	final Paragraph empty = new Paragraph();

	private YearMonth shown;

	ScheduleCalendarView(LiveSessionService sessions, Clock clock) {
		this.sessions = sessions;
		this.clock = clock;
		addClassName("page");
		this.previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
		this.previous.setAriaLabel(getTranslation("schedule.calendar.previous"));
		this.previous.setTooltipText(getTranslation("schedule.calendar.previous"));
		this.previous.addClickListener(click -> showMonth(this.shown.minusMonths(1)));
		this.next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
		this.next.setAriaLabel(getTranslation("schedule.calendar.next"));
		this.next.setTooltipText(getTranslation("schedule.calendar.next"));
		this.next.addClickListener(click -> showMonth(this.shown.plusMonths(1)));
		this.monthTitle.addClassName("month-title");
		HorizontalLayout picker = new HorizontalLayout(this.previous, this.monthTitle, this.next);
		picker.setAlignItems(FlexComponent.Alignment.CENTER);
		this.month.addClassName("session-month");
		this.agenda.addClassName("session-agenda");
		this.empty.addClassName("empty-state");
		add(new H2(getTranslation("menu.sessionSchedule")), picker, this.empty, this.month, this.agenda);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.shown = event.getLocation()
			.getQueryParameters()
			.getSingleParameter(MONTH_PARAMETER)
			.map(MonthParameter::parse)
			.orElseGet(() -> YearMonth.now(this.clock.withZone(UserContext.zone())));
		show();
	}

	private void show() {
		ZoneId zone = UserContext.zone();
		List<LiveSession> found = this.sessions.sessionsOfMonth(this.shown, zone);
		Map<LocalDate, List<LiveSession>> byDay = found.stream()
			.collect(Collectors.groupingBy(session -> session.startsAt().atZone(zone).toLocalDate(), TreeMap::new,
					Collectors.toList()));
		this.monthTitle.setText(ScheduleFormats.month(this, this.shown));
		this.empty.setText(getTranslation("schedule.calendar.empty", ScheduleFormats.month(this, this.shown)));
		this.empty.setVisible(found.isEmpty());
		showGrid(byDay, LocalDate.now(this.clock.withZone(zone)));
		showAgenda(byDay);
	}

	private void showGrid(Map<LocalDate, List<LiveSession>> byDay, LocalDate today) {
		this.month.removeAll();
		for (DayOfWeek day : DayOfWeek.values()) {
			Span name = new Span(getTranslation("schedule.day.short." + day.getValue()));
			name.addClassName("day-name");
			this.month.add(name);
		}
		LocalDate first = this.shown.atDay(1);
		for (int blank = 1; blank < first.getDayOfWeek().getValue(); blank++) {
			this.month.add(blankDay());
		}
		for (LocalDate day = first; !day.isAfter(this.shown.atEndOfMonth()); day = day.plusDays(1)) {
			Div cell = new Div();
			cell.addClassName("day-cell");
			if (day.equals(today)) {
				cell.addClassName("today");
			}
			Span number = new Span(String.valueOf(day.getDayOfMonth()));
			number.addClassName("day-number");
			cell.add(number);
			byDay.getOrDefault(day, List.of()).forEach(session -> cell.add(chip(session)));
			this.month.add(cell);
		}
		int trailing = (7 - this.shown.atEndOfMonth().getDayOfWeek().getValue()) % 7;
		for (int blank = 0; blank < trailing; blank++) {
			this.month.add(blankDay());
		}
	}

	private void showAgenda(Map<LocalDate, List<LiveSession>> byDay) {
		this.agenda.removeAll();
		byDay.forEach((day, ofDay) -> {
			Div group = new Div(new H4(getTranslation("schedule.calendar.dayHeading",
					getTranslation("schedule.day." + day.getDayOfWeek().getValue()), day.getDayOfMonth(),
					getTranslation("schedule.month." + day.getMonthValue()))));
			group.addClassName("agenda-day");
			ofDay.forEach(session -> group.add(chip(session)));
			this.agenda.add(group);
		});
	}

	/** A session: time, title, provider and, unless the meeting is ready, its state; it leads to the run's sessions. */
	Anchor chip(LiveSession session) {
		Span time = new Span(ScheduleFormats.clock(session.startsAt(), UserContext.zone(), UserContext.locale()));
		time.addClassName("chip-time");
		Span title = new Span(session.title());
		title.addClassName("chip-title");
		Span provider = new Span(getTranslation(session.providerLabelKey()));
		provider.addClassName("chip-provider");
		Anchor chip = new Anchor("kelola/angkatan/" + session.runId() + "/sesi", time, title, provider);
		chip.addClassName("session-chip");
		chip.getElement()
			.setAttribute("title", session.courseTitle() + " – " + session.runName() + " – " + session.title());
		if (!session.cancelled() && session.meetingState() != MeetingState.READY) {
			Span state = new Span(getTranslation(session.meetingState().labelKey()));
			state.addClassName("chip-state");
			chip.add(state);
			chip.addClassName("meeting-" + session.meetingState().name().toLowerCase(Locale.ROOT));
		}
		if (session.cancelled()) {
			chip.addClassName("cancelled");
			chip.getElement().setAttribute("aria-label", getTranslation("schedule.calendar.cancelledChip",
					time.getText(), session.title()));
		}
		return chip;
	}

	private static Div blankDay() {
		Div blank = new Div();
		blank.addClassNames("day-cell", "outside");
		return blank;
	}

	private void showMonth(YearMonth month) {
		getUI().ifPresent(ui -> ui.navigate(ScheduleCalendarView.class,
				QueryParameters.of(MONTH_PARAMETER, month.toString())));
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "menu.sessionSchedule");
	}

}
