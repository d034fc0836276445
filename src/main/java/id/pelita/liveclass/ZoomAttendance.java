package id.pelita.liveclass;

import java.util.List;

import id.pelita.liveclass.internal.zoom.ZoomUnmatchedParticipants;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Zoom told about a session's attendance that the LMS could not put on anyone's record: participants whom
 * neither the registrant id nor the e-mail matched to a confirmed participant of the run (guests, people who
 * joined with another address). An attendance page lists them so that the organiser can correct by hand. Empty
 * without Zoom.
 */
@Service
public class ZoomAttendance {

	private final ZoomUnmatchedParticipants unmatched;

	ZoomAttendance(ZoomUnmatchedParticipants unmatched) {
		this.unmatched = unmatched;
	}

	/** The unmatched Zoom participants of the session, by name, then join time. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<UnmatchedZoomParticipant> unmatched(long sessionId) {
		return this.unmatched.ofSession(sessionId)
			.stream()
			.map(row -> new UnmatchedZoomParticipant(row.name(), row.email(), row.joinedAt(), row.leftAt(),
					row.source()))
			.toList();
	}

}
