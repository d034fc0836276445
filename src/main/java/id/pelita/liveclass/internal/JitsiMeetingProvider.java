package id.pelita.liveclass.internal;

import java.security.SecureRandom;
import java.util.Optional;

import id.pelita.liveclass.AttendanceSource;
import id.pelita.liveclass.JitsiJoin;
import id.pelita.liveclass.JitsiSettings;
import id.pelita.liveclass.JoinTarget;
import id.pelita.liveclass.Meeting;
import id.pelita.liveclass.MeetingChange;
import id.pelita.liveclass.MeetingParticipant;
import id.pelita.liveclass.VideoMeetingProvider;
import id.pelita.liveclass.internal.JitsiTokens.JitsiUser;
import id.pelita.shared.UserFacingException;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Jitsi Meet ({@code pelita.jitsi.*}), the default: always available, no remote call. A session gets a room of its
 * own, named {@code pelita-} + 24 random characters (120 bits), ready at once; moves and cancellations leave the
 * room as it is (Join is closed outside the session's window anyway). The session page embeds the meeting and
 * reports attendance itself (source {@code JITSI}); with token authentication every person gets their own HS256
 * JWT, moderator only for hosts.
 */
@Component
@Order(10)
class JitsiMeetingProvider implements VideoMeetingProvider {

	static final String ID = "JITSI";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final char[] ROOM_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

	private final JitsiSettings settings;

	private final JitsiTokens tokens;

	JitsiMeetingProvider(JitsiSettings settings, JitsiTokens tokens) {
		this.settings = settings;
		this.tokens = tokens;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public boolean available() {
		return true;
	}

	@Override
	public MeetingChange createMeeting(Meeting meeting) {
		String room = newRoomName();
		return new MeetingChange.Ready(room, null, this.settings.roomUrl(room));
	}

	@Override
	public MeetingChange updateMeeting(Meeting meeting) {
		return new MeetingChange.Unchanged();
	}

	@Override
	public MeetingChange deleteMeeting(Meeting meeting) {
		return new MeetingChange.Unchanged();
	}

	@Override
	public boolean embedded() {
		return true;
	}

	@Override
	public JoinTarget join(Meeting meeting, MeetingParticipant person) {
		String room = meeting.roomName();
		if (room == null) {
			throw new UserFacingException("attendance.error.meetingNotReady");
		}
		String jwt = this.settings.tokenAuth() ? this.tokens.token(room, meeting.joinOpensAt(), meeting.endsAt(),
				new JitsiUser(String.valueOf(person.accountId()), person.name(), person.email()), person.host())
				: null;
		return new JitsiJoin(this.settings.domain(), room, jwt, person.name(), person.email(), person.host(),
				meeting.title());
	}

	@Override
	public Optional<AttendanceSource> pageAttendance() {
		return Optional.of(AttendanceSource.JITSI);
	}

	static String newRoomName() {
		StringBuilder room = new StringBuilder("pelita-");
		for (int i = 0; i < 24; i++) {
			room.append(ROOM_ALPHABET[RANDOM.nextInt(ROOM_ALPHABET.length)]);
		}
		return room.toString();
	}

}
