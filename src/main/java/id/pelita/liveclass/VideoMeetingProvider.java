package id.pelita.liveclass;

import java.util.Optional;

/**
 * The port to a video meeting service behind live sessions. Each provider is one Spring bean; sessions name theirs
 * by {@link #id()} (the stored {@code live_session.provider}), and the services pick the bean by that id, so a new
 * provider is one class (plus its settings record and its translations) and no caller changes. Jitsi and Zoom are
 * the two built in.
 *
 * <p>
 * The meeting methods run in the organiser's transaction, after the session row is written: they answer at once
 * what the session records ({@link MeetingChange}); a provider that must call a remote service does so after the
 * commit (as Zoom does with a Quartz job) and answers {@link MeetingChange.Pending} meanwhile.
 */
public interface VideoMeetingProvider {

	/** The id sessions store: upper-case letters, digits and {@code _}, at most 10 characters. */
	String id();

	/** Whether new sessions may use it now: its settings are complete. Existing sessions keep it either way. */
	boolean available();

	/** The message an organiser reads when picking it while it is not {@link #available()}. */
	default String unavailableMessageKey() {
		return "liveclass.error.providerUnavailable";
	}

	/** A session was scheduled with this provider: its meeting is to be made. */
	MeetingChange createMeeting(Meeting meeting);

	/** The session moved, or its title or instructor changed: the meeting is to follow. */
	MeetingChange updateMeeting(Meeting meeting);

	/** The session was cancelled: the meeting is to go. */
	MeetingChange deleteMeeting(Meeting meeting);

	/**
	 * Whether Join shows the meeting inside the session page (then {@link #join} answers a {@link JitsiJoin}), or
	 * sends the person to the provider in a new tab (a {@link MeetingLink}, and the click is recorded).
	 */
	boolean embedded();

	/** Where the person goes on Join; refuses with a {@code UserFacingException} while the meeting is not ready. */
	JoinTarget join(Meeting meeting, MeetingParticipant person);

	/**
	 * The source under which the session page's own reports (joined, still there, left) are recorded, for a meeting
	 * the page embeds; empty when the page cannot see the meeting and attendance comes from the provider itself (Zoom:
	 * its webhooks and participants report) or from organisers' corrections.
	 */
	Optional<AttendanceSource> pageAttendance();

	/**
	 * The translation key of a provider's name, {@code liveclass.provider.<id>}: each provider's translation files
	 * define it. A convention rather than a method, so that pages and calendar files that hold only a session's
	 * stored id name its provider.
	 */
	static String labelKey(String providerId) {
		return "liveclass.provider." + providerId;
	}

}
