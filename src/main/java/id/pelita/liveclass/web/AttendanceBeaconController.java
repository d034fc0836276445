package id.pelita.liveclass.web;

import id.pelita.liveclass.SessionJoinService;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.OutsideScopeException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The leave a session page sends with {@code navigator.sendBeacon} when the tab is closed or the browser navigates
 * away while it is in a Jitsi meeting, so that a closed tab still ends its attendance interval at once (the
 * Vaadin connection is gone by then). A form post on the signed-in browser session: Spring Security checks the
 * session cookie and the CSRF token ({@code _csrf} field) as for any other post; nothing is exempted.
 */
@RestController
class AttendanceBeaconController {

	static final String PATH = "/attendance/session/{sessionId}/leave";

	private final SessionJoinService joins;

	AttendanceBeaconController(SessionJoinService joins) {
		this.joins = joins;
	}

	@PostMapping(PATH)
	ResponseEntity<Void> leave(@PathVariable long sessionId, @RequestParam String key) {
		try {
			this.joins.left(sessionId, key);
			return ResponseEntity.noContent().build();
		}
		catch (OutsideScopeException ex) {
			return ResponseEntity.status(403).build();
		}
		catch (UserFacingException ex) {
			return ResponseEntity.badRequest().build();
		}
	}

}
