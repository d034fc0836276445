package id.pelita.liveclass;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import id.pelita.liveclass.internal.zoom.ZoomCallLog;
import id.pelita.liveclass.internal.zoom.ZoomClient;
import id.pelita.liveclass.internal.zoom.ZoomException;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.time.IndonesianTime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Zoom for the integration checks: its status ({@link #status()}, from the outcome of the real calls the client
 * made, for the health contributor as well) and the administrator's test: a meeting created and deleted at once
 * through the same client as the sessions' meetings.
 */
@Service
public class ZoomCheck {

	private final ZoomSettings settings;

	private final ObjectProvider<ZoomClient> client;

	private final ZoomCallLog calls;

	private final Clock clock;

	ZoomCheck(ZoomSettings settings, ObjectProvider<ZoomClient> client, ZoomCallLog calls, Clock clock) {
		this.settings = settings;
		this.client = client;
		this.calls = calls;
		this.clock = clock;
	}

	public ZoomStatus status() {
		return this.calls.status(this.settings.configured() && this.client.getIfAvailable() != null);
	}

	/**
	 * Creates a test meeting a day ahead and deletes it. Without Zoom's credentials a {@link UserFacingException}
	 * ({@code liveclass.zoom.notConfigured}); when Zoom fails, a {@link Failed} with Zoom's own message.
	 *
	 * @return the id of the meeting that was created and deleted
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public String testMeeting() {
		ZoomClient zoom = this.client.getIfAvailable();
		if (zoom == null || !this.settings.configured()) {
			throw new UserFacingException("liveclass.zoom.notConfigured");
		}
		try {
			ZoomClient.Meeting meeting = zoom.createMeeting(new ZoomClient.MeetingRequest("Pelita: uji integrasi",
					"Rapat uji dari halaman integrasi Pelita; langsung dihapus.",
					this.clock.instant().plus(1, ChronoUnit.DAYS), 15, IndonesianTime.DEFAULT_ZONE));
			zoom.deleteMeeting(meeting.id());
			return meeting.id();
		}
		catch (ZoomException failure) {
			throw new Failed(failure.describe(), failure);
		}
	}

	/** Zoom did not do what the test asked; the message is Zoom's (or the transport's), never a secret. */
	public static final class Failed extends RuntimeException {

		Failed(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
