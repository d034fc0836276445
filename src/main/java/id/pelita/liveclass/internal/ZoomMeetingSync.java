package id.pelita.liveclass.internal;

/**
 * Keeps the Zoom meeting behind a session in step with the session: creates it, moves it, deletes it. Present
 * only when Zoom is configured ({@code pelita.zoom.*}); without it, Zoom cannot be chosen.
 */
public interface ZoomMeetingSync {

	/**
	 * Asks for the session's meeting to be brought in line with the session, after the current transaction commits;
	 * the session reads {@code PENDING} until then.
	 */
	void requestSync(long sessionId);

}
