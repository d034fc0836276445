package id.pelita.shared.audit;

import java.util.Locale;
import java.util.stream.Collectors;

import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who acted: the account (id, user name, display name, roles), the agency they acted for (a coordinator's) and
 * the API token a call came with. A job acts as {@link #SYSTEM}; a failed sign-in as the name that was typed.
 */
public record AuditActor(@Nullable Long accountId, String username, @Nullable String name, @Nullable String roles,
		@Nullable Long agencyId, @Nullable Long apiTokenId) {

	/** The user name of entries written by jobs and start-up work. */
	public static final String SYSTEM = "system";

	private static final String API_TOKEN = "api-token-";

	private static final int MAX_NAME = 100;

	/** The signed-in user, or {@link #system()} when nobody is (a Quartz job, start-up). */
	public static AuditActor current() {
		return CurrentUser.get().map(AuditActor::of).orElseGet(AuditActor::system);
	}

	/** The platform itself. */
	public static AuditActor system() {
		return new AuditActor(null, SYSTEM, null, null, null, null);
	}

	/** A user as the security layer knows them; an API call's user is named {@code api-token-<id>}. */
	public static AuditActor of(PelitaUser user) {
		if (user.accountId() == id.pelita.shared.security.SystemUser.ACCOUNT_ID) {
			return system();
		}
		Long token = null;
		if (user.getUsername().startsWith(API_TOKEN)) {
			try {
				token = Long.parseLong(user.getUsername().substring(API_TOKEN.length()));
			}
			catch (NumberFormatException ex) {
				token = null;
			}
		}
		String roles = user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
		Long agency = user.hasRole(Role.AGENCY_COORDINATOR) ? user.agencyId() : null;
		return new AuditActor(user.accountId(), user.getUsername(), user.displayName(), roles, agency, token);
	}

	/** Someone not signed in who typed this sign-in name (kept as typed, lower case, at most 100 characters). */
	public static AuditActor anonymous(@Nullable String login) {
		String typed = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
		return new AuditActor(null, typed.length() > MAX_NAME ? typed.substring(0, MAX_NAME) : typed, null, null,
				null, null);
	}

}
