package id.pelita.identity;

import java.time.ZoneId;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** What a person may change in their own profile. NIP and agency are kept by their agency, not by them. */
public record ProfileUpdate(String fullName, @Nullable String rankGrade, @Nullable String position,
		@Nullable String email, @Nullable String phone, ZoneId zone, Locale language) {
}
