package id.pelita.liveclass.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Starts in 2 days 03:04:05", counted down in the browser every second (scripts/jitsi-session.js, with the
 * server's time) without a round trip. When the next change of state is reached (the join window opens, the
 * session starts) the browser tells the server, which fires a {@link ReachedEvent} so the page can show Join.
 */
@JavaScript("context://scripts/jitsi-session.js")
class Countdown extends Span {

	private final transient Clock clock;

	private Instant target = Instant.EPOCH;

	private Instant next = Instant.EPOCH;

	Countdown(Clock clock) {
		this.clock = clock;
		addClassName("session-countdown");
		getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-variant-numeric", "tabular-nums");
	}

	/**
	 * Counts down to {@code target} and reports when {@code next} is reached.
	 */
	void start(Instant target, Instant next) {
		this.target = target;
		this.next = next;
		setText(text(this, Duration.between(this.clock.instant(), target)));
		if (isAttached()) {
			run();
		}
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		if (!this.target.equals(Instant.EPOCH)) {
			run();
		}
	}

	private void run() {
		ObjectNode options = JsonNodeFactory.instance.objectNode();
		options.put("target", this.target.toEpochMilli());
		options.put("opens", this.next.toEpochMilli());
		options.put("serverNow", this.clock.instant().toEpochMilli());
		options.put("template", getTranslation("sessionPage.countdown"));
		options.put("oneDay", getTranslation("sessionPage.countdown.oneDay"));
		options.put("days", getTranslation("sessionPage.countdown.days"));
		getElement().executeJs("window.pelitaSession.countdown(this, $0)", options);
	}

	/** The browser's clock (corrected to the server's) reached the next change of state. */
	@ClientCallable
	void reached() {
		if (!this.clock.instant().isBefore(this.next)) {
			fireEvent(new ReachedEvent(this));
		}
	}

	Registration addReachedListener(ComponentEventListener<ReachedEvent> listener) {
		return addListener(ReachedEvent.class, listener);
	}

	/** The countdown's text as the browser writes it: {@code Dimulai dalam 2 hari 03:04:05}. */
	static String text(Component reader, Duration left) {
		long seconds = Math.max(0, left.toSeconds());
		long days = seconds / 86_400;
		seconds -= days * 86_400;
		String clock = "%02d:%02d:%02d".formatted(seconds / 3600, seconds % 3600 / 60, seconds % 60);
		String span = days == 0 ? clock
				: (days == 1 ? reader.getTranslation("sessionPage.countdown.oneDay")
						: reader.getTranslation("sessionPage.countdown.days").replace("{0}", String.valueOf(days)))
						+ " " + clock;
		return reader.getTranslation("sessionPage.countdown").replace("{0}", span);
	}

	static final class ReachedEvent extends ComponentEvent<Countdown> {

		ReachedEvent(Countdown source) {
			super(source, true);
		}

	}

}
