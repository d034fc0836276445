package id.pelita.liveclass.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.LiveSessionService;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.DashboardCard;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's card of the participant's next live session: title, course, time, a countdown and Join (which
 * opens the session page and, for Jitsi, joins at once). A participant without an upcoming session reads so; other
 * roles without one see no card.
 */
@org.springframework.stereotype.Component
class NextSessionCard implements DashboardCard {

	private final LiveSessionService sessions;

	private final Clock clock;

	NextSessionCard(LiveSessionService sessions, Clock clock) {
		this.sessions = sessions;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<Component> card() {
		Optional<LiveSession> next = this.sessions.myNextSession();
		boolean participant = CurrentUser.get().map(user -> user.hasRole(Role.PARTICIPANT)).orElse(false);
		if (next.isEmpty() && !participant) {
			return Optional.empty();
		}
		return Optional.of(new Panel(next.orElse(null), this.clock));
	}

	/** The card itself; package-private fields for the tests. */
	static final class Panel extends Div {

		final H3 heading = new H3();

		final Anchor title = new Anchor();

		final Paragraph when = new Paragraph();

		final Countdown countdown;

		final Button join = new Button();

		final Span joinNote = new Span();

		final Paragraph empty = new Paragraph();

		private final @Nullable LiveSession session;

		private final transient Clock clock;

		Panel(@Nullable LiveSession session, Clock clock) {
			this.session = session;
			this.clock = clock;
			this.countdown = new Countdown(clock);
			addClassName("course-card");
			addClassName("next-session");
			this.heading.setText(getTranslation("nextSession.heading"));
			add(this.heading);
			if (session == null) {
				this.empty.setText(getTranslation("nextSession.none"));
				this.empty.addClassName("empty-state");
				add(this.empty);
				return;
			}
			this.title.setText(session.title());
			this.title.setHref(SessionFormats.SESSION_ROUTE + session.id());
			this.when.setText(SessionFormats.when(this, session));
			this.join.setText(getTranslation("sessionPage.join"));
			this.join.setIcon(VaadinIcon.CAMERA.create());
			this.join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			this.join.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
					SessionFormats.SESSION_ROUTE + session.id(), QueryParameters.of(SessionView.JOIN_NOW, "1"))));
			this.joinNote.addClassName("field-note");
			this.countdown.addReachedListener(event -> render());
			add(this.title, new Paragraph(getTranslation("sessionPage.course", session.courseTitle(),
					session.runName())), this.when, this.countdown, this.join, this.joinNote);
			render();
		}

		void render() {
			LiveSession next = this.session;
			if (next == null) {
				return;
			}
			Instant now = this.clock.instant();
			boolean beforeWindow = now.isBefore(next.joinOpensAt());
			this.countdown.setVisible(now.isBefore(next.startsAt()));
			if (this.countdown.isVisible()) {
				this.countdown.start(next.startsAt(), beforeWindow ? next.joinOpensAt() : next.startsAt());
			}
			this.join.setEnabled(next.joinOpenAt(now));
			this.joinNote.setText(getTranslation("sessionPage.opensAt", SessionFormats.time(next.joinOpensAt())));
			this.joinNote.setVisible(beforeWindow);
		}

	}

}
