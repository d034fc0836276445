package id.pelita.liveclass;

/**
 * The state of the meeting at the video provider behind a session. Jitsi rooms are {@link #READY} at once; a Zoom
 * meeting is {@link #PENDING} until Zoom has created (or updated, or deleted) it, which a job retries when Zoom
 * is rate limited or unreachable, and {@link #FAILED} when Zoom refused for good (its message is kept).
 */
public enum MeetingState {

	READY, PENDING, FAILED;

	public String labelKey() {
		return "liveclass.meeting." + name();
	}

}
