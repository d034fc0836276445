package id.pelita.liveclass.internal.zoom;

import java.util.Optional;

import id.pelita.liveclass.AttendanceSource;
import id.pelita.liveclass.JoinTarget;
import id.pelita.liveclass.Meeting;
import id.pelita.liveclass.MeetingChange;
import id.pelita.liveclass.MeetingLink;
import id.pelita.liveclass.MeetingParticipant;
import id.pelita.liveclass.MeetingState;
import id.pelita.liveclass.VideoMeetingProvider;
import id.pelita.liveclass.internal.ZoomJoinLinks;
import id.pelita.liveclass.internal.ZoomMeetingSync;
import id.pelita.shared.UserFacingException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Zoom ({@code pelita.zoom.*}): available once the Server-to-Server OAuth credentials are set. Every change of a
 * session only marks its meeting {@code PENDING} and asks for a sync after the organiser's transaction commits; a
 * Quartz job then creates, moves or deletes the meeting at Zoom ({@link ZoomMeetings}). Join sends the person to
 * their own registrant link ({@link ZoomRegistrants}), else to the meeting's; attendance comes from Zoom's
 * webhooks and participants report, matched by registrant id or e-mail. The bean exists without credentials too,
 * so that Zoom sessions scheduled earlier are still named and say that Zoom is not configured.
 */
@Component
@Order(20)
class ZoomMeetingProvider implements VideoMeetingProvider {

	static final String ID = "ZOOM";

	private final ObjectProvider<ZoomMeetingSync> sync;

	private final ObjectProvider<ZoomJoinLinks> links;

	ZoomMeetingProvider(ObjectProvider<ZoomMeetingSync> sync, ObjectProvider<ZoomJoinLinks> links) {
		this.sync = sync;
		this.links = links;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public boolean available() {
		return this.sync.getIfAvailable() != null;
	}

	@Override
	public String unavailableMessageKey() {
		return "liveclass.error.zoomNotConfigured";
	}

	@Override
	public MeetingChange createMeeting(Meeting meeting) {
		return requestSync(meeting);
	}

	@Override
	public MeetingChange updateMeeting(Meeting meeting) {
		return requestSync(meeting);
	}

	@Override
	public MeetingChange deleteMeeting(Meeting meeting) {
		return requestSync(meeting);
	}

	@Override
	public boolean embedded() {
		return false;
	}

	@Override
	public JoinTarget join(Meeting meeting, MeetingParticipant person) {
		ZoomJoinLinks registrants = this.links.getIfAvailable();
		String url = registrants == null ? null
				: registrants.joinUrlFor(meeting.sessionId(), person.accountId()).orElse(null);
		if (url == null) {
			url = meeting.joinUrl();
		}
		if (url == null || meeting.state() != MeetingState.READY) {
			throw new UserFacingException("attendance.error.meetingNotReady");
		}
		return new MeetingLink(url);
	}

	@Override
	public Optional<AttendanceSource> pageAttendance() {
		return Optional.empty();
	}

	private MeetingChange requestSync(Meeting meeting) {
		ZoomMeetingSync zoom = this.sync.getIfAvailable();
		if (zoom == null) {
			return new MeetingChange.Failed("Zoom is not configured");
		}
		zoom.requestSync(meeting.sessionId());
		return new MeetingChange.Pending();
	}

}
