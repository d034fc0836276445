package id.pelita.liveclass;

import org.jspecify.annotations.Nullable;

/** What a {@link VideoMeetingProvider} answers to a meeting change, for the session to record at once. */
public sealed interface MeetingChange {

	/** The meeting is there now: its room, its id at the provider and its join address (each may be absent). */
	record Ready(@Nullable String roomName, @Nullable String meetingId, @Nullable String joinUrl)
			implements MeetingChange {
	}

	/** The provider brings its meeting in line after the transaction commits; the session reads PENDING until then. */
	record Pending() implements MeetingChange {
	}

	/** The provider cannot hold the meeting; the reason is shown to the organiser. */
	record Failed(String reason) implements MeetingChange {
	}

	/** Nothing to record: the meeting needs no change (a room that does not care about times). */
	record Unchanged() implements MeetingChange {
	}

}
