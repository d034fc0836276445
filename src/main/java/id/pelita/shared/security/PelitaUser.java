package id.pelita.shared.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the security layer knows them: account id, roles, agency and display preferences.
 * Built by the identity module at sign-in.
 */
public final class PelitaUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private @Nullable String passwordHash;

	private final String displayName;

	private final boolean enabled;

	private final Set<Role> roles;

	private final @Nullable Long agencyId;

	private final Locale locale;

	private final ZoneId zone;

	public PelitaUser(long accountId, String username, @Nullable String passwordHash, String displayName,
			boolean enabled, Set<Role> roles, @Nullable Long agencyId, Locale locale, ZoneId zone) {
		this.accountId = accountId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.enabled = enabled;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.agencyId = agencyId;
		this.locale = locale;
		this.zone = zone;
	}

	public long accountId() {
		return this.accountId;
	}

	public String displayName() {
		return this.displayName;
	}

	public Set<Role> roles() {
		return EnumSet.copyOf(this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : this.roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public @Nullable Long agencyId() {
		return this.agencyId;
	}

	public Locale locale() {
		return this.locale;
	}

	public ZoneId zone() {
		return this.zone;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PelitaUser user && user.accountId == this.accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.accountId);
	}

	@Override
	public String toString() {
		return "PelitaUser[" + this.accountId + ", " + this.username + ", " + this.roles + "]";
	}

}
