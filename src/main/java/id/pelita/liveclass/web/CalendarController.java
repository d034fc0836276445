package id.pelita.liveclass.web;

import java.nio.charset.StandardCharsets;

import id.pelita.liveclass.CalendarFeedService;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.LiveSessionService;
import id.pelita.liveclass.SessionCalendar;
import id.pelita.shared.security.CurrentUser;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sessions as iCalendar files: one session for a signed-in participant or organiser to add to their calendar
 * ({@code /calendar/session/<id>.ics}), and a person's feed for calendar programs, public and named by its secret
 * ({@code /calendar/feed/<secret>.ics}; see {@code SecurityConfiguration} for why it needs no sign-in). A session the
 * user may not see answers 403 and an unknown one 404 (through {@code ApiProblems}).
 */
@RestController
class CalendarController {

	private static final MediaType CALENDAR = MediaType.parseMediaType(SessionCalendar.MEDIA_TYPE);

	private final LiveSessionService sessions;

	private final CalendarFeedService feeds;

	private final SessionCalendar calendar;

	CalendarController(LiveSessionService sessions, CalendarFeedService feeds, SessionCalendar calendar) {
		this.sessions = sessions;
		this.feeds = feeds;
		this.calendar = calendar;
	}

	@GetMapping("/calendar/session/{sessionId}.ics")
	ResponseEntity<byte[]> session(@PathVariable long sessionId) {
		LiveSession session = this.sessions.session(sessionId);
		String text = this.calendar.single(session, CurrentUser.require().locale());
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("pelita-sesi-" + sessionId + ".ics").build().toString())
			.cacheControl(CacheControl.noStore())
			.body(text.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping(CalendarFeedService.PATH + "{secret}.ics")
	ResponseEntity<byte[]> feed(@PathVariable String secret) {
		return this.feeds.feed(secret)
			.map(text -> ResponseEntity.ok()
				.contentType(CALENDAR)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline().filename("pelita.ics").build().toString())
				.header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
				.header("X-Content-Type-Options", "nosniff")
				.body(text.getBytes(StandardCharsets.UTF_8)))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
