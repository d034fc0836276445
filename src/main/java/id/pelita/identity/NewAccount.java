package id.pelita.identity;

import java.util.Set;

import id.pelita.shared.security.Role;
import org.jspecify.annotations.Nullable;

/** What an administrator fills in to create an account; rank and position are the employee's. */
public record NewAccount(String username, String fullName, @Nullable String email, @Nullable String nip,
		@Nullable String phone, @Nullable Long agencyId, Set<Role> roles, @Nullable String password,
		@Nullable String rankGrade, @Nullable String position) {

	public NewAccount(String username, String fullName, @Nullable String email, @Nullable String nip,
			@Nullable String phone, @Nullable Long agencyId, Set<Role> roles, @Nullable String password) {
		this(username, fullName, email, nip, phone, agencyId, roles, password, null, null);
	}

}
