package id.pelita.liveclass.internal.zoom;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import id.pelita.liveclass.AttendanceSource;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.ZoomAttendance;
import id.pelita.liveclass.internal.AttendanceLedger;
import id.pelita.liveclass.internal.ZoomJoinLinks;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static id.pelita.liveclass.internal.zoom.ZoomMockServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Reading Zoom's participants report of an ended session into the attendance ledger. */
class ZoomAttendanceImportTests extends ZoomTestContext {

	@Autowired
	ZoomAttendanceImport imports;

	@Autowired
	ZoomJoinLinks joinLinks;

	@Autowired
	AttendanceLedger ledger;

	@Autowired
	ZoomAttendance zoomAttendance;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void readsEveryPageMatchesByRegistrantOrEmailKeepsStrangersAndImportsOnlyOnce() {
		LiveSession session = endedSession(Duration.ofMinutes(30));
		Participant siti = participantWithEmail("Siti Rahma");
		Participant budi = participantWithEmail("Budi Santoso");
		this.joinLinks.joinUrlFor(session.id(), siti.accountId());
		ZOOM.takeApiRequest();
		String registrant = this.jdbc.queryForObject(
				"select registrant_id from zoom_registrant where session_id = ? and account_id = ?", String.class,
				session.id(), siti.accountId());
		Instant start = session.startsAt();
		for (int run = 0; run < 2; run++) {
			enqueueReport(start, registrant, budi.email());
			this.imports.importAttendance(session.id(), null);
		}

		RecordedRequest first = ZOOM.takeApiRequest();
		assertThat(first.getUrl().encodedPath())
			.isEqualTo("/v2/report/meetings/" + meetingId(session.id()) + "/participants");
		assertThat(ZOOM.takeApiRequest().getUrl().queryParameter("next_page_token")).isEqualTo("page-2-token");
		List<AttendanceLedger.Interval> intervals = this.ledger.ofSession(session.id());
		assertThat(intervals).as("two rows of Siti, one of Budi, the second import adds nothing").hasSize(3);
		assertThat(intervals).allSatisfy(i -> assertThat(i.source()).isEqualTo(AttendanceSource.ZOOM_REPORT));
		assertThat(intervals.stream().filter(i -> i.accountId() == siti.accountId()).map(i -> i.joinedAt()))
			.containsExactly(start.plusSeconds(65), start.plus(Duration.ofMinutes(42)));
		assertThat(intervals.stream().filter(i -> i.accountId() == budi.accountId()))
			.singleElement()
			.satisfies(i -> assertThat(i.leftAt()).isEqualTo(start.plus(Duration.ofMinutes(55))));
		assertThat(this.zoomAttendance.unmatched(session.id())).singleElement().satisfies(stranger -> {
			assertThat(stranger.name()).isEqualTo("Siti Rahma");
			assertThat(stranger.email()).isNull();
			assertThat(stranger.source()).isEqualTo(AttendanceSource.ZOOM_REPORT);
		});
		assertThat(importedAt(session.id())).isNotNull();
	}

	@Test
	void aRateLimitOrAnOutageReadsTheReportAgainLater() throws Exception {
		LiveSession session = endedSession(Duration.ofMinutes(15));
		Instant retryAt = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
		ZOOM.enqueue(new MockResponse.Builder().code(429)
			.addHeader("X-RateLimit-Category", "Heavy")
			.addHeader("X-RateLimit-Type", "Daily-limit")
			.addHeader("Retry-After", retryAt.toString())
			.body("{\"code\":429,\"message\":\"You have reached the maximum daily rate limit for this API.\"}")
			.build());
		this.imports.importAttendance(session.id(), null);
		assertThat(nextFire("zoom-attendance-import-" + session.id())).isEqualTo(retryAt);
		assertThat(importedAt(session.id())).isNull();

		ZOOM.enqueue(json(502, "<html>Bad Gateway</html>"));
		Instant before = Instant.now();
		this.imports.importAttendance(session.id(), "/ajXp112QmuoKj4854875==");
		assertThat(nextFire("zoom-attendance-import-" + session.id())).isBetween(
				before.plus(ZoomAttendanceImport.RETRY).minusSeconds(1), Instant.now().plus(ZoomAttendanceImport.RETRY));
		assertThat(this.scheduler.getJobDetail(ZoomJobs.importKey(session.id())).getJobDataMap()
			.getString(ZoomJobs.MEETING_UUID)).isEqualTo("/ajXp112QmuoKj4854875==");
		assertThat(importedAt(session.id())).isNull();
	}

	@Test
	void theSweepStartsImportsOfEndedSessionsOfTheLastWeekThatHaveNone() throws Exception {
		LiveSession recent = endedSession(Duration.ofMinutes(20));
		LiveSession tooRecent = endedSession(Duration.ofMinutes(5));
		LiveSession old = endedSession(Duration.ofDays(8));
		for (LiveSession session : List.of(recent, tooRecent, old)) {
			this.scheduler.deleteJob(ZoomJobs.importKey(session.id()));
		}
		this.imports.sweep();
		assertThat(nextFire("zoom-attendance-import-" + recent.id())).isBeforeOrEqualTo(Instant.now());
		assertThat(this.scheduler.checkExists(ZoomJobs.importKey(tooRecent.id()))).isFalse();
		assertThat(this.scheduler.checkExists(ZoomJobs.importKey(old.id()))).isFalse();
	}

	/** A Zoom session with a meeting that ended this long ago (moved back in the database: none can be scheduled in the past). */
	private LiveSession endedSession(Duration endedAgo) {
		LiveSession session = zoomSessionWithMeeting();
		Instant start = Instant.now().minus(endedAgo).minus(Duration.ofMinutes(60)).truncatedTo(ChronoUnit.MINUTES);
		this.jdbc.update("update live_session set starts_at = ? where id = ?", Timestamp.from(start), session.id());
		return session(session.id());
	}

	private Instant importedAt(long sessionId) {
		Timestamp at = this.jdbc.queryForObject("select attendance_imported_at from live_session where id = ?",
				Timestamp.class, sessionId);
		return at == null ? null : at.toInstant();
	}

	/**
	 * Two pages: Siti by registrant id (two rows, she reconnected), Budi by e-mail in other case, and a guest who
	 * typed Siti's name.
	 */
	private static void enqueueReport(Instant start, String registrant, String budiEmail) {
		ZOOM.enqueue(json(200, """
				{"page_count":2,"page_size":2,"total_records":4,"next_page_token":"page-2-token","participants":[
				{"id":"30R7kT7bTIKSNUFEuH_Qlg","user_id":"16778240","name":"HP Siti","user_email":"",
				"join_time":"%s","leave_time":"%s","duration":2335,"registrant_id":"%s","status":"in_meeting"},
				{"id":"","user_id":"16779264","name":"Budi","user_email":"%s","join_time":"%s","leave_time":"%s",
				"duration":2940,"registrant_id":"","status":"in_meeting"}]}""".formatted(start.plusSeconds(65),
				start.plus(Duration.ofMinutes(40)), registrant, budiEmail.toUpperCase(), start.plusSeconds(120),
				start.plus(Duration.ofMinutes(55)))));
		ZOOM.enqueue(json(200, """
				{"page_count":2,"page_size":2,"total_records":4,"next_page_token":"","participants":[
				{"id":"30R7kT7bTIKSNUFEuH_Qlg","user_id":"16780288","name":"HP Siti","user_email":"",
				"join_time":"%s","leave_time":"%s","duration":1080,"registrant_id":"%s","status":"in_meeting"},
				{"id":"","user_id":"16781312","name":"Siti Rahma","user_email":"","join_time":"%s",
				"leave_time":"%s","duration":600,"registrant_id":"","status":"in_meeting"}]}""".formatted(
				start.plus(Duration.ofMinutes(42)), start.plus(Duration.ofMinutes(60)), registrant,
				start.plusSeconds(300), start.plusSeconds(900))));
	}

}
