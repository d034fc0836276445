package id.pelita.liveclass.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.shared.Registration;
import id.pelita.liveclass.JitsiJoin;
import id.pelita.liveclass.SessionJoinService;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.ui.Notices;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * The Jitsi meeting embedded in the session page with Jitsi's IFrame API, loaded at run time from the Jitsi server
 * by scripts/jitsi-session.js. The browser reports each join (with a random key of its own), a heartbeat every
 * minute and the leave; they become the person's attendance intervals on the server. Leaving the page inside the
 * application closes the interval too; closing the tab sends the leave as a beacon.
 */
@JavaScript("context://scripts/jitsi-session.js")
class JitsiMeeting extends Div {

	static final Duration HEARTBEAT = Duration.ofSeconds(60);

	/** How long the page waits for the Jitsi server's script before saying it cannot be reached. */
	static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(20);

	private static final Logger log = LoggerFactory.getLogger(JitsiMeeting.class);

	private final transient SessionJoinService joins;

	private final long sessionId;

	private final JitsiJoin join;

	private @Nullable String key;

	JitsiMeeting(SessionJoinService joins, long sessionId, JitsiJoin join) {
		this.joins = joins;
		this.sessionId = sessionId;
		this.join = join;
		addClassName("jitsi-meeting");
		getElement().setAttribute("aria-label", getTranslation("sessionPage.meeting"));
		getStyle().set("width", "100%")
			.set("height", "75vh")
			.set("min-height", "420px")
			.set("border-radius", "var(--lumo-border-radius-l)")
			.set("overflow", "hidden")
			.set("background", "var(--lumo-contrast-5pct)");
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		ObjectNode options = JsonNodeFactory.instance.objectNode();
		options.put("domain", this.join.domain());
		options.put("roomName", this.join.roomName());
		options.put("displayName", this.join.displayName());
		options.put("subject", this.join.subject());
		options.put("lang", Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage()) ? "en" : "id");
		options.put("heartbeatMillis", HEARTBEAT.toMillis());
		options.put("timeoutMillis", SCRIPT_TIMEOUT.toMillis());
		if (this.join.jwt() != null) {
			options.put("jwt", this.join.jwt());
		}
		if (this.join.email() != null) {
			options.put("email", this.join.email());
		}
		CsrfToken csrf = csrfToken();
		if (csrf != null) {
			options.put("beaconUrl", beaconUrl());
			options.put("csrfParameter", csrf.getParameterName());
			options.put("csrfToken", csrf.getToken());
		}
		getElement().executeJs("window.pelitaSession.jitsi(this, $0)", options);
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		String open = this.key;
		if (open != null && CurrentUser.get().isPresent()) {
			try {
				this.joins.left(this.sessionId, open);
			}
			catch (RuntimeException ex) {
				log.debug("Could not close the interval of session {} on leaving the page", this.sessionId, ex);
			}
		}
		this.key = null;
		super.onDetach(detachEvent);
	}

	/** The conference was joined in the browser: attendance starts now (server time). */
	@ClientCallable
	void joined(String key) {
		try {
			this.joins.joined(this.sessionId, key);
			this.key = key;
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
	}

	/**
	 * Still in the conference. If the interval was closed meanwhile (the browser was silent too long, e.g. a phone
	 * that slept), a new one starts now under a new key, which the browser uses from then on.
	 * @return the key to send from now on
	 */
	@ClientCallable
	String heartbeat(String key) {
		if (this.joins.stillThere(this.sessionId, key)) {
			return key;
		}
		String fresh = UUID.randomUUID().toString();
		try {
			if (this.joins.joined(this.sessionId, fresh)) {
				this.key = fresh;
				return fresh;
			}
		}
		catch (UserFacingException ex) {
			log.debug("No new interval for session {}: {}", this.sessionId, ex.getMessage());
		}
		return key;
	}

	@ClientCallable
	void left(String key) {
		this.joins.left(this.sessionId, key);
		if (key.equals(this.key)) {
			this.key = null;
		}
		fireEvent(new LeftEvent(this));
	}

	/** The person hung up and the meeting is over for them. */
	@ClientCallable
	void closed() {
		fireEvent(new ClosedEvent(this));
	}

	/** The Jitsi server's script could not be loaded (no connection, wrong domain, blocked). */
	@ClientCallable
	void unreachable() {
		fireEvent(new UnreachableEvent(this));
	}

	/** The key of the join in progress, if any. */
	@Nullable String openKey() {
		return this.key;
	}

	JitsiJoin join() {
		return this.join;
	}

	String beaconUrl() {
		return "attendance/session/" + this.sessionId + "/leave";
	}

	Registration addClosedListener(ComponentEventListener<ClosedEvent> listener) {
		return addListener(ClosedEvent.class, listener);
	}

	Registration addLeftListener(ComponentEventListener<LeftEvent> listener) {
		return addListener(LeftEvent.class, listener);
	}

	Registration addUnreachableListener(ComponentEventListener<UnreachableEvent> listener) {
		return addListener(UnreachableEvent.class, listener);
	}

	/** Spring Security's CSRF token of this browser session, which the beacon must carry. */
	private static @Nullable CsrfToken csrfToken() {
		VaadinRequest request = VaadinRequest.getCurrent();
		return request != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token
				: null;
	}

	static final class ClosedEvent extends ComponentEvent<JitsiMeeting> {

		ClosedEvent(JitsiMeeting source) {
			super(source, true);
		}

	}

	static final class LeftEvent extends ComponentEvent<JitsiMeeting> {

		LeftEvent(JitsiMeeting source) {
			super(source, true);
		}

	}

	static final class UnreachableEvent extends ComponentEvent<JitsiMeeting> {

		UnreachableEvent(JitsiMeeting source) {
			super(source, true);
		}

	}

}
