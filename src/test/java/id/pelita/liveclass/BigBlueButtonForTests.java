package id.pelita.liveclass;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import id.pelita.shared.UserFacingException;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A third video provider that exists only in the tests, shaped like BigBlueButton (which Indonesian agencies also
 * run): one class and its settings, and nothing else in the code knows it. The meeting id is derived from the
 * session; each person gets their own join link carrying their name and role (moderator for hosts), signed with
 * the server's shared secret as BigBlueButton's API asks ({@code checksum} = SHA-1 of the call name, the query and
 * the secret). No server is called: a real provider would create the meeting at the server after the commit, as
 * Zoom's does. Every meeting call is remembered for the test to look at.
 */
class BigBlueButtonForTests implements VideoMeetingProvider {

	static final String ID = "BBB";

	final List<String> calls = new CopyOnWriteArrayList<>();

	private final Settings settings;

	BigBlueButtonForTests(Settings settings) {
		this.settings = settings;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public boolean available() {
		return !this.settings.url().isBlank() && !this.settings.secret().isBlank();
	}

	@Override
	public MeetingChange createMeeting(Meeting meeting) {
		this.calls.add("create " + meeting.sessionId() + " " + meeting.title());
		return new MeetingChange.Ready(null, "pelita-" + meeting.sessionId(), null);
	}

	@Override
	public MeetingChange updateMeeting(Meeting meeting) {
		this.calls.add("update " + meeting.sessionId() + " " + meeting.startsAt());
		return new MeetingChange.Ready(null, meeting.meetingId(), null);
	}

	@Override
	public MeetingChange deleteMeeting(Meeting meeting) {
		this.calls.add("delete " + meeting.sessionId());
		return new MeetingChange.Unchanged();
	}

	@Override
	public boolean embedded() {
		return false;
	}

	@Override
	public JoinTarget join(Meeting meeting, MeetingParticipant person) {
		if (meeting.meetingId() == null || meeting.state() != MeetingState.READY) {
			throw new UserFacingException("attendance.error.meetingNotReady");
		}
		String query = "fullName=" + URLEncoder.encode(person.name(), StandardCharsets.UTF_8) + "&meetingID="
				+ meeting.meetingId() + "&role=" + (person.host() ? "MODERATOR" : "VIEWER") + "&userID="
				+ person.accountId() + "&redirect=true";
		return new MeetingLink(this.settings.url() + "/api/join?" + query + "&checksum="
				+ checksum("join", query, this.settings.secret()));
	}

	@Override
	public Optional<AttendanceSource> pageAttendance() {
		return Optional.empty();
	}

	static String checksum(String call, String query, String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-1")
					.digest((call + query + secret).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The BigBlueButton server, {@code pelita.bbb.*}.
	 * @param url its API base, e.g. {@code https://bbb.example.go.id/bigbluebutton}
	 * @param secret its shared secret ({@code bbb-conf --secret})
	 */
	@ConfigurationProperties("pelita.bbb")
	record Settings(String url, String secret) {

		Settings {
			url = url == null ? "" : url.strip();
			secret = secret == null ? "" : secret.strip();
		}

	}

}
