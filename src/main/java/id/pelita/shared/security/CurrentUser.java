package id.pelita.shared.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the signed-in user from the security context; services use it for their own checks. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<PelitaUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PelitaUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/** The signed-in user; an {@link AccessDeniedException} when nobody is signed in. */
	public static PelitaUser require() {
		return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	/** The signed-in user, who must hold the role. */
	public static PelitaUser requireRole(Role role) {
		PelitaUser user = require();
		if (!user.hasRole(role)) {
			throw new AccessDeniedException("Role " + role + " required");
		}
		return user;
	}

}
