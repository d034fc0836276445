package id.pelita.liveclass.internal;

import java.util.Optional;

/**
 * The personal Zoom join address of a participant (as a registrant of the meeting, so that the webhook and the
 * report name them by registrant id). Present only when Zoom is configured.
 */
public interface ZoomJoinLinks {

	/** The participant's own join address, or empty when Zoom gave none (the meeting's join URL is used then). */
	Optional<String> joinUrlFor(long sessionId, long accountId);

}
