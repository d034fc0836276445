package id.pelita.liveclass;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

/**
 * What an organiser fills in to schedule a session. The start is a wall-clock date and time in a zone (WIB, WITA or
 * WIT), as the organiser thinks of it.
 *
 * @param provider the id of the video provider ({@code JITSI}, {@code ZOOM}, ...), see
 * {@link SessionPlanning#providers()}
 * @param hostAccountId the host (moderator) among the organisers; {@code null} = the organiser scheduling it
 * @param instructor the instructor's name as participants see it
 */
public record SessionDraft(long runId, String title, LocalDate date, LocalTime time, ZoneId zone,
		int durationMinutes, String provider, @Nullable Long hostAccountId, @Nullable String instructor) {

	public ZonedDateTime start() {
		return ZonedDateTime.of(this.date, this.time, this.zone);
	}

}
