package id.pelita.identity;

import java.time.ZoneId;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A person's own profile as the profile page shows it. */
public record Profile(long accountId, String username, @Nullable String nip, String fullName,
		@Nullable String rankGrade, @Nullable String position, @Nullable Long agencyId, @Nullable String email,
		@Nullable String phone, ZoneId zone, Locale language) {
}
