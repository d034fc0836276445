package id.pelita.liveclass;

import org.jspecify.annotations.Nullable;

/**
 * One person in a session's attendance list.
 *
 * @param confirmed whether the person holds a confirmed seat in the run now (people who attended and were removed
 * later, or a host, are listed too, marked as not confirmed)
 */
public record AttendanceRow(long accountId, String fullName, @Nullable String nip, @Nullable String agencyName,
		boolean confirmed, PersonAttendance attendance) {
}
