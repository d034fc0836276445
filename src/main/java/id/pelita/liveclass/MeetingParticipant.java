package id.pelita.liveclass;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in person joining a meeting.
 *
 * @param name the full name others see in the meeting
 * @param host whether they moderate: the session's host, organisers and administrators
 */
public record MeetingParticipant(long accountId, String name, @Nullable String email, boolean host) {
}
