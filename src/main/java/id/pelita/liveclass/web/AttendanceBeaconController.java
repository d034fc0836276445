package id.pelita.liveclass.web;

import java.util.function.Supplier;

import id.pelita.liveclass.SessionJoinService;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.OutsideScopeException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
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
	ResponseEntity<Void> leave(@PathVariable long sessionId, @RequestParam String key, Authentication signedIn) {
		try {
			asSignedIn(signedIn, () -> this.joins.left(sessionId, key));
			return ResponseEntity.noContent().build();
		}
		catch (OutsideScopeException ex) {
			return ResponseEntity.status(403).build();
		}
		catch (UserFacingException ex) {
			return ResponseEntity.badRequest().build();
		}
	}

	/**
	 * Runs the work with the request's sign-in in the global security context, which the services read
	 * ({@code CurrentUser}). In a running application the filter chain's strategy (Vaadin's) is that global one
	 * already; when several application contexts share a JVM (tests) they are two objects, as in the REST API's
	 * bearer token filter.
	 */
	private static <T> T asSignedIn(Authentication signedIn, Supplier<T> work) {
		SecurityContextHolderStrategy global = SecurityContextHolder.getContextHolderStrategy();
		if (global.getContext().getAuthentication() == signedIn) {
			return work.get();
		}
		SecurityContext context = global.createEmptyContext();
		context.setAuthentication(signedIn);
		global.setContext(context);
		try {
			return work.get();
		}
		finally {
			global.clearContext();
		}
	}

}
