package id.pelita.liveclass;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A Zoom participant no account was matched to, as Zoom named them: the display name is shown, never used to
 * match.
 *
 * @param leftAt {@code null} while still in the meeting (webhook)
 * @param source {@link AttendanceSource#ZOOM_WEBHOOK} or {@link AttendanceSource#ZOOM_REPORT}
 */
public record UnmatchedZoomParticipant(@Nullable String name, @Nullable String email, Instant joinedAt,
		@Nullable Instant leftAt, AttendanceSource source) {
}
