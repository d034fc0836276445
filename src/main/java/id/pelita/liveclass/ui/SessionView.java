package id.pelita.liveclass.ui;

import java.time.Clock;
import java.time.Instant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.pelita.liveclass.AttendanceService;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.LiveSessionService;
import id.pelita.liveclass.PersonAttendance;
import id.pelita.liveclass.SessionJoinService;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * A live session for its participants: what, when (in the reader's zone), who teaches, and Join. Before the join
 * window a countdown runs in the browser and Join is disabled with the time it opens; from 15 minutes before the
 * start until the end Join embeds the meeting in the page (Jitsi), or records the click and opens the provider's
 * meeting in a new tab (Zoom); afterwards the page says the session has ended and offers the recording. Only
 * confirmed participants of the run and organisers get in; anyone else reads a friendly refusal. {@code ?gabung=1}
 * (from the dashboard's Join) joins an embedded meeting at once.
 */
@Route("sesi/:sessionId([0-9]{1,18})")
@PermitAll
class SessionView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String SESSION_ID = "sessionId";

	static final String JOIN_NOW = "gabung";

	private final transient LiveSessionService sessions;

	private final transient SessionJoinService joins;

	private final transient AttendanceService attendance;

	private final transient Clock clock;

	final H2 title = new H2();

	final SessionDetails details = new SessionDetails();

	final Countdown countdown;

	final Button join = new Button();

	final Span joinNote = new Span();

	final Paragraph ended = new Paragraph();

	final Paragraph myAttendance = new Paragraph();

	final SessionLinks links = new SessionLinks();

	final Paragraph unreachable = new Paragraph();

	final Div meetingArea = new Div();

	final Paragraph refusal = new Paragraph();

	@Nullable JitsiMeeting meeting;

	final Div content = new Div();

	private @Nullable LiveSession session;

	SessionView(LiveSessionService sessions, SessionJoinService joins, AttendanceService attendance, Clock clock) {
		this.sessions = sessions;
		this.joins = joins;
		this.attendance = attendance;
		this.clock = clock;
		this.countdown = new Countdown(clock);
		addClassName("page");
		this.countdown.addReachedListener(event -> render());
		this.join.setIcon(VaadinIcon.CAMERA.create());
		this.join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
		this.join.addClickListener(click -> join());
		this.joinNote.addClassName("field-note");
		this.ended.addClassName("session-ended");
		this.unreachable.addClassName("field-error");
		this.unreachable.setVisible(false);
		this.meetingArea.setWidthFull();
		this.refusal.addClassName("empty-state");
		this.refusal.setVisible(false);
		FlexLayout actions = new FlexLayout(this.join, this.joinNote);
		actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		actions.setAlignItems(Alignment.CENTER);
		actions.getStyle().set("gap", "var(--lumo-space-m)");
		this.content.setWidthFull();
		this.content.add(this.details, this.countdown, actions, this.ended, this.myAttendance, this.links,
				this.unreachable, this.meetingArea);
		add(this.title, this.content, this.refusal);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long sessionId = Long.parseLong(event.getRouteParameters().get(SESSION_ID).orElseThrow());
		reset();
		try {
			this.session = this.sessions.session(sessionId);
		}
		catch (UserFacingException ex) {
			refuse(ex);
			return;
		}
		show(this.session);
		render();
		boolean joinNow = event.getLocation().getQueryParameters().getSingleParameter(JOIN_NOW).isPresent();
		if (joinNow && this.joins.embeds(this.session) && this.join.isVisible() && this.join.isEnabled()) {
			join();
		}
	}

	/** The page may be reused for another session: nothing of the previous one stays. */
	private void reset() {
		this.session = null;
		this.meeting = null;
		this.meetingArea.removeAll();
		this.content.setVisible(true);
		this.refusal.setVisible(false);
		this.unreachable.setVisible(false);
	}

	private void refuse(UserFacingException ex) {
		this.title.setText(getTranslation("sessionPage.refusedTitle"));
		this.content.setVisible(false);
		this.refusal.setText(getTranslation(ex.messageKey(), ex.arguments()));
		this.refusal.setVisible(true);
	}

	private void show(LiveSession shown) {
		this.title.setText(shown.title());
		this.details.show(shown);
		this.links.show(shown);
	}

	/** Shows what fits the moment: countdown, Join, or the end. */
	void render() {
		LiveSession shown = this.session;
		if (shown == null) {
			return;
		}
		Instant now = this.clock.instant();
		boolean beforeWindow = now.isBefore(shown.joinOpensAt());
		boolean over = !now.isBefore(shown.endsAt());
		boolean open = shown.joinOpenAt(now);
		this.countdown.setVisible(!shown.cancelled() && now.isBefore(shown.startsAt()));
		if (this.countdown.isVisible()) {
			this.countdown.start(shown.startsAt(), beforeWindow ? shown.joinOpensAt() : shown.startsAt());
		}
		this.join.setVisible(!shown.cancelled() && !over && this.meeting == null);
		this.join.setEnabled(open);
		this.join.setText(this.joins.embeds(shown) ? getTranslation("sessionPage.join")
				: getTranslation("sessionPage.joinVia", getTranslation(shown.providerLabelKey())));
		this.joinNote.setText(getTranslation("sessionPage.opensAt", SessionFormats.time(shown.joinOpensAt())));
		this.joinNote.setVisible(this.join.isVisible() && beforeWindow);
		this.ended.setText(getTranslation(shown.recordingUrl() == null ? "sessionPage.ended"
				: "sessionPage.endedWithRecording"));
		this.ended.setVisible(!shown.cancelled() && over);
		showMyAttendance(over);
	}

	private void showMyAttendance(boolean over) {
		LiveSession shown = this.session;
		PersonAttendance mine = shown == null ? null : this.attendance.myAttendance(shown.id());
		boolean visible = mine != null && (mine.seen() || over) && !shown.cancelled();
		this.myAttendance.setVisible(visible);
		if (visible) {
			this.myAttendance.setText(getTranslation("sessionPage.myAttendance", mine.minutes(),
					mine.scheduledMinutes(), SessionFormats.percent(mine.percent())));
		}
	}

	private void join() {
		LiveSession shown = this.session;
		if (shown == null) {
			return;
		}
		try {
			if (this.joins.embeds(shown)) {
				startMeeting(shown);
			}
			else {
				String url = this.joins.link(shown.id());
				this.links.meetingOpened(shown, url);
				getUI().ifPresent(ui -> ui.getPage().open(url, "_blank"));
			}
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			render();
		}
	}

	private void startMeeting(LiveSession shown) {
		JitsiMeeting started = new JitsiMeeting(this.joins, shown.id(), this.joins.embedding(shown.id()));
		started.addClosedListener(event -> stopMeeting(false));
		started.addUnreachableListener(event -> stopMeeting(true));
		started.addLeftListener(event -> showMyAttendance(!this.clock.instant().isBefore(shown.endsAt())));
		this.unreachable.setVisible(false);
		this.meetingArea.removeAll();
		this.meeting = started;
		this.meetingArea.add(started);
		this.join.setVisible(false);
	}

	private void stopMeeting(boolean unreachableServer) {
		JitsiMeeting stopped = this.meeting;
		this.meeting = null;
		this.meetingArea.removeAll();
		if (unreachableServer && stopped != null) {
			this.unreachable.setText(getTranslation("sessionPage.jitsiUnreachable", stopped.join().domain()));
			this.unreachable.setVisible(true);
		}
		render();
		this.join.setText(getTranslation("sessionPage.joinAgain"));
	}

	@Override
	public String getPageTitle() {
		String name = this.session == null ? getTranslation("sessionPage.title") : this.session.title();
		return PageTitles.named(this, name);
	}

}
