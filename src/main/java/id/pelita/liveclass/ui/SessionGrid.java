package id.pelita.liveclass.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.MeetingState;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.UserContext;

/**
 * The sessions of a run, one row each: date and time in the reader's zone, title, duration, provider, instructor,
 * status, the meeting's state at the provider (with the retry time or the provider's message), the recording, and
 * the actions the session allows. The actions are the view's to carry out.
 */
class SessionGrid extends Grid<LiveSession> {

	private final transient Actions actions;

	private final transient Clock clock;

	SessionGrid(Actions actions, Clock clock) {
		this.actions = actions;
		this.clock = clock;
		addComponentColumn(this::whenCell).setHeader(getTranslation("schedule.column.when"))
			.setKey("when")
			.setFlexGrow(2);
		addComponentColumn(this::titleCell).setHeader(getTranslation("schedule.column.title"))
			.setKey("title")
			.setFlexGrow(3);
		addColumn(session -> ScheduleFormats.duration(this, session.durationMinutes()))
			.setHeader(getTranslation("schedule.column.duration"))
			.setKey("duration")
			.setAutoWidth(true)
			.setFlexGrow(0);
		addColumn(session -> getTranslation(session.providerLabelKey()))
			.setHeader(getTranslation("schedule.column.provider"))
			.setKey("provider")
			.setAutoWidth(true)
			.setFlexGrow(0);
		addColumn(session -> session.instructor() == null ? "" : session.instructor())
			.setHeader(getTranslation("schedule.column.instructor"))
			.setKey("instructor")
			.setFlexGrow(1);
		addComponentColumn(session -> ScheduleFormats.statusChip(this, session.status()))
			.setHeader(getTranslation("schedule.column.status"))
			.setKey("status")
			.setAutoWidth(true)
			.setFlexGrow(0);
		addComponentColumn(this::meetingCell).setHeader(getTranslation("schedule.column.meeting"))
			.setKey("meeting")
			.setFlexGrow(1);
		addComponentColumn(this::recordingCell).setHeader(getTranslation("schedule.column.recording"))
			.setKey("recording")
			.setAutoWidth(true)
			.setFlexGrow(0);
		addComponentColumn(this::actionsCell).setHeader(getTranslation("schedule.column.actions"))
			.setKey("actions")
			.setFlexGrow(2);
		addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		setAllRowsVisible(true);
	}

	private Div whenCell(LiveSession session) {
		ZoneId zone = UserContext.zone();
		Locale locale = UserContext.locale();
		Span date = new Span(IndonesianTime.date(session.startsAt(), zone, locale));
		date.addClassName("cell-title");
		Span hours = new Span(ScheduleFormats.hours(session, zone, locale));
		hours.addClassName("cell-line");
		return new Div(date, hours);
	}

	private Div titleCell(LiveSession session) {
		Span title = new Span(session.title());
		title.addClassName("cell-title");
		if (session.cancelled()) {
			title.addClassName("session-cancelled");
		}
		Div cell = new Div(title);
		if (session.cancelled() && session.cancelReason() != null) {
			Span reason = new Span(getTranslation("schedule.cancelReason", session.cancelReason()));
			reason.addClassName("cell-line");
			cell.add(reason);
		}
		return cell;
	}

	private Div meetingCell(LiveSession session) {
		Div cell = new Div(ScheduleFormats.meetingChip(this, session.meetingState()));
		if (session.meetingState() == MeetingState.PENDING && session.meetingRetryAt() != null) {
			cell.add(detail(getTranslation("schedule.meeting.retryAt",
					IndonesianTime.dateTime(session.meetingRetryAt(), UserContext.zone(), UserContext.locale()))));
		}
		if (session.meetingState() != MeetingState.READY && session.meetingError() != null) {
			cell.add(detail(session.meetingError()));
		}
		return cell;
	}

	private static Span detail(String text) {
		Span line = new Span(text);
		line.addClassNames("cell-line", "meeting-detail");
		return line;
	}

	private Span recordingCell(LiveSession session) {
		Span cell = new Span();
		if (session.recordingUrl() != null) {
			Anchor link = new Anchor(session.recordingUrl(), getTranslation("schedule.recording.open"));
			link.setTarget(AnchorTarget.BLANK);
			link.getElement().setAttribute("rel", "noopener noreferrer");
			cell.add(link);
		}
		return cell;
	}

	private HorizontalLayout actionsCell(LiveSession session) {
		HorizontalLayout cell = new HorizontalLayout();
		cell.setSpacing(false);
		cell.setWrap(true);
		boolean changeable = !session.cancelled() && session.endsAt().isAfter(this.clock.instant());
		if (changeable) {
			cell.add(button("schedule.action.move", session, this.actions::move));
		}
		if (!session.cancelled()) {
			cell.add(button("schedule.action.describe", session, this.actions::describe));
			cell.add(button("schedule.action.recording", session, this.actions::recording));
		}
		if (changeable) {
			Button cancel = button("schedule.action.cancel", session, this.actions::cancel);
			cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
			cell.add(cancel);
		}
		cell.add(link("schedule.action.open", "sesi/" + session.id()),
				link("schedule.action.attendance", "kelola/sesi/" + session.id()));
		return cell;
	}

	private Button button(String key, LiveSession session, Consumer<LiveSession> action) {
		Button button = new Button(getTranslation(key), click -> action.accept(session));
		button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		return button;
	}

	private Anchor link(String key, String route) {
		Anchor link = new Anchor(route, getTranslation(key));
		link.addClassName("session-link");
		return link;
	}

	/** What the buttons of a row do. */
	interface Actions {

		void move(LiveSession session);

		void describe(LiveSession session);

		void recording(LiveSession session);

		/** Asks for confirmation and a reason first. */
		void cancel(LiveSession session);

	}

}
