package id.pelita.liveclass.internal.zoom;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.LiveSessionService;
import id.pelita.liveclass.MeetingState;
import id.pelita.liveclass.SessionStatus;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.liveclass.internal.jobs.ZoomMeetingSyncJob;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static id.pelita.liveclass.internal.zoom.ZoomMockServer.body;
import static id.pelita.liveclass.internal.zoom.ZoomMockServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeping a session's Zoom meeting in line with the session, against the mock Zoom and a real database (H2 and
 * PostgreSQL subclasses): the triggers the service writes, and what the organiser sees after each answer of Zoom.
 */
abstract class ZoomMeetingSyncTests extends ZoomTestContext {

	@Autowired
	LiveSessionService sessions;

	@Autowired
	ZoomMeetings meetings;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void theSyncTriggerIsWrittenWithTheSessionAndOnlyIfItCommits() throws Exception {
		long[] rolledBack = new long[1];
		this.transactions.executeWithoutResult(status -> {
			rolledBack[0] = zoomSession();
			status.setRollbackOnly();
		});
		assertThat(this.scheduler.checkExists(ZoomJobs.syncKey(rolledBack[0]))).isFalse();

		long id = zoomSession();
		LiveSession pending = session(id);
		assertThat(pending.meetingState()).isEqualTo(MeetingState.PENDING);
		assertThat(pending.joinUrl()).isNull();
		JobDetail job = this.scheduler.getJobDetail(JobKey.jobKey("zoom-meeting-sync-" + id, ZoomJobs.GROUP));
		assertThat(job.getJobClass()).isEqualTo(ZoomMeetingSyncJob.class);
		assertThat(job.getJobDataMap().getLong(ZoomJobs.SESSION_ID)).isEqualTo(id);
		assertThat(nextFire("zoom-meeting-sync-" + id)).isBeforeOrEqualTo(Instant.now());
		assertThat(ZOOM.pendingApiRequests()).as("nothing is sent to Zoom in the organiser's transaction").isZero();
	}

	@Test
	void createsTheMeetingAndTheSessionTurnsReadyWithItsJoinAddress() {
		long id = zoomSession();
		this.meetings.sync(id);

		RecordedRequest create = ZOOM.takeApiRequest();
		assertThat(create.getMethod()).isEqualTo("POST");
		assertThat(create.getUrl().encodedPath()).isEqualTo("/v2/users/me/meetings");
		LiveSession ready = session(id);
		JsonNode body = this.json.readTree(body(create));
		assertThat(body.get("topic").asString()).isEqualTo(ready.title());
		assertThat(body.get("start_time").asString()).isEqualTo(ready.startsAt().toString());
		assertThat(body.get("timezone").asString()).isEqualTo("Asia/Jakarta");
		assertThat(body.get("duration").asInt()).isEqualTo(60);
		assertThat(body.get("agenda").asString()).contains(ready.runName()).contains("Narasumber: Dr. Siti Rahma");
		assertThat(ready.meetingState()).isEqualTo(MeetingState.READY);
		assertThat(ready.joinUrl()).startsWith("https://us02web.zoom.us/j/" + meetingId(id) + "?pwd=");
		assertThat(ready.meetingError()).isNull();
		assertThat(nextFire("zoom-attendance-import-" + id)).as("report read ten minutes after the end")
			.isEqualTo(ready.endsAt().plus(Duration.ofMinutes(10)));

		this.meetings.sync(id);
		assertThat(ZOOM.pendingApiRequests()).as("a ready meeting is not touched again").isZero();
	}

	@Test
	void aMovedOrRenamedSessionUpdatesItsMeeting() {
		LiveSession before = zoomSessionWithMeeting();
		LocalDate day = LocalDate.now(IndonesianTime.WIB).plusDays(5);
		this.sessions.move(before.id(), day, LocalTime.of(13, 30), IndonesianTime.WIB, 120);
		assertThat(session(before.id()).meetingState()).isEqualTo(MeetingState.PENDING);
		assertThat(nextFire("zoom-meeting-sync-" + before.id())).isNotNull();
		this.meetings.sync(before.id());

		RecordedRequest patch = ZOOM.takeApiRequest();
		assertThat(patch.getMethod()).isEqualTo("PATCH");
		assertThat(patch.getUrl().encodedPath()).isEqualTo("/v2/meetings/" + meetingId(before.id()));
		JsonNode body = this.json.readTree(body(patch));
		assertThat(body.get("start_time").asString()).isEqualTo(day.atTime(6, 30).toInstant(ZoneOffset.UTC).toString());
		assertThat(body.get("duration").asInt()).isEqualTo(120);
		LiveSession moved = session(before.id());
		assertThat(moved.meetingState()).isEqualTo(MeetingState.READY);
		assertThat(moved.joinUrl()).isEqualTo(before.joinUrl());
		assertThat(nextFire("zoom-attendance-import-" + before.id())).isEqualTo(moved.endsAt().plus(Duration.ofMinutes(10)));

		this.sessions.describe(before.id(), "Sesi 2: Whistleblowing", null, "Dr. Siti Rahma");
		this.meetings.sync(before.id());
		RecordedRequest rename = ZOOM.takeApiRequest();
		assertThat(rename.getMethod()).isEqualTo("PATCH");
		assertThat(this.json.readTree(body(rename)).get("topic").asString()).isEqualTo("Sesi 2: Whistleblowing");
		assertThat(session(before.id()).meetingState()).isEqualTo(MeetingState.READY);
	}

	@Test
	void aMeetingDeletedAtZoomIsCreatedAgainWhenTheSessionMoves() {
		LiveSession before = zoomSessionWithMeeting();
		String oldMeeting = meetingId(before.id());
		this.jdbc.update("""
				insert into zoom_registrant (session_id, account_id, meeting_id, registrant_id, join_url, email,
				created_at) values (?, ?, ?, 'reg-old', 'https://us02web.zoom.us/w/old', 'lama@serangkab.go.id', ?)""",
				before.id(), participantWithEmail("Peserta Lama").accountId(), oldMeeting,
				java.sql.Timestamp.from(Instant.now()));
		this.sessions.move(before.id(), LocalDate.now(IndonesianTime.WIB).plusDays(6), LocalTime.of(9, 0),
				IndonesianTime.WIB, 60);
		ZOOM.enqueue(ZoomMockServer.meetingNotFound(oldMeeting));
		this.meetings.sync(before.id());

		assertThat(ZOOM.takeApiRequest().getMethod()).isEqualTo("PATCH");
		RecordedRequest create = ZOOM.takeApiRequest();
		assertThat(create.getMethod()).isEqualTo("POST");
		LiveSession after = session(before.id());
		assertThat(after.meetingState()).isEqualTo(MeetingState.READY);
		assertThat(meetingId(before.id())).isNotEqualTo(oldMeeting);
		assertThat(after.joinUrl()).isNotEqualTo(before.joinUrl()).contains(meetingId(before.id()));
		assertThat(this.jdbc.queryForObject("select count(*) from zoom_registrant where session_id = ?", Integer.class,
				before.id())).as("registrations of the old meeting are dropped").isZero();
	}

	@Test
	void cancellingDeletesTheMeetingAndAMeetingAlreadyGoneIsFine() throws Exception {
		LiveSession first = zoomSessionWithMeeting();
		this.sessions.cancel(first.id(), "Narasumber berhalangan");
		this.meetings.sync(first.id());
		RecordedRequest delete = ZOOM.takeApiRequest();
		assertThat(delete.getMethod()).isEqualTo("DELETE");
		assertThat(delete.getUrl().encodedPath()).isEqualTo("/v2/meetings/" + meetingId(first.id()));
		assertThat(delete.getUrl().queryParameter("cancel_meeting_reminder")).isEqualTo("false");
		assertThat(session(first.id()).meetingState()).isEqualTo(MeetingState.READY);
		assertThat(session(first.id()).status()).isEqualTo(SessionStatus.CANCELLED);
		assertThat(this.scheduler.checkExists(ZoomJobs.importKey(first.id()))).as("no report to read").isFalse();

		LiveSession second = zoomSessionWithMeeting();
		this.sessions.cancel(second.id(), null);
		ZOOM.enqueue(ZoomMockServer.meetingNotFound(meetingId(second.id())));
		this.meetings.sync(second.id());
		assertThat(ZOOM.takeApiRequest().getMethod()).isEqualTo("DELETE");
		assertThat(session(second.id()).meetingState()).isEqualTo(MeetingState.READY);
	}

	@Test
	void aRateLimitKeepsTheSessionScheduledAndPendingUntilTheInstantZoomNames() {
		long id = zoomSession();
		Instant retryAt = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
		ZOOM.enqueue(new MockResponse.Builder().code(429)
			.addHeader("Content-Type", "application/json")
			.addHeader("X-RateLimit-Category", "Medium")
			.addHeader("X-RateLimit-Type", "QPS")
			.addHeader("Retry-After", retryAt.toString())
			.body("{\"code\":429,\"message\":\"You have reached the maximum per-second rate limit for this API. Try again later.\"}")
			.build());
		this.meetings.sync(id);

		LiveSession seen = this.sessions.sessionsOfRun(this.runId)
			.stream()
			.filter(s -> s.id() == id)
			.findFirst()
			.orElseThrow();
		assertThat(seen.status()).isEqualTo(SessionStatus.SCHEDULED);
		assertThat(seen.meetingState()).isEqualTo(MeetingState.PENDING);
		assertThat(seen.meetingRetryAt()).isEqualTo(retryAt);
		assertThat(seen.meetingError()).contains("rate limit");
		assertThat(nextFire("zoom-meeting-sync-" + id)).isEqualTo(retryAt);
	}

	@Test
	void aLimitWithoutRetryAfterWaitsForMidnightUtc() {
		long id = zoomSession();
		ZOOM.enqueue(json(429, "{\"code\":429,\"message\":\"You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user.\"}"));
		Instant before = Instant.now();
		this.meetings.sync(id);

		LiveSession seen = session(id);
		Instant midnight = ZoomException.RateLimited.nextUtcMidnight(before);
		assertThat(seen.meetingState()).isEqualTo(MeetingState.PENDING);
		assertThat(seen.meetingRetryAt()).isIn(midnight, ZoomException.RateLimited.nextUtcMidnight(Instant.now()));
		assertThat(seen.meetingRetryAt().atZone(ZoneOffset.UTC).toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
		assertThat(seen.meetingError()).contains("daily rate limit");
		assertThat(nextFire("zoom-meeting-sync-" + id)).isEqualTo(seen.meetingRetryAt());
	}

	@Test
	void outagesAreRetriedWithGrowingWaitsAndFailAfterTenAttempts() {
		long id = zoomSession();
		ZOOM.enqueue(json(500, "{\"code\":500,\"message\":\"Internal Error\"}"));
		Instant before = Instant.now();
		this.meetings.sync(id);
		LiveSession first = session(id);
		assertThat(first.meetingState()).isEqualTo(MeetingState.PENDING);
		assertThat(first.meetingError()).contains("HTTP 500");
		assertThat(first.meetingRetryAt()).isBetween(before.plusSeconds(30).minusMillis(1),
				Instant.now().plusSeconds(30).plusMillis(1));
		assertThat(nextFire("zoom-meeting-sync-" + id)).isEqualTo(first.meetingRetryAt().truncatedTo(ChronoUnit.MILLIS));

		ZOOM.enqueue(new MockResponse.Builder().code(201)
			.headersDelay(READ_TIMEOUT.multipliedBy(4).toMillis(), TimeUnit.MILLISECONDS)
			.body("{}")
			.build());
		before = Instant.now();
		this.meetings.sync(id);
		LiveSession second = session(id);
		assertThat(second.meetingState()).isEqualTo(MeetingState.PENDING);
		assertThat(second.meetingError()).contains("did not answer in time");
		assertThat(second.meetingRetryAt()).isBetween(before.plusSeconds(60).minusMillis(1),
				Instant.now().plusSeconds(60).plusMillis(1));

		for (int attempt = 3; attempt <= ZoomMeetings.MAX_ATTEMPTS; attempt++) {
			ZOOM.enqueue(json(503, "{\"code\":503,\"message\":\"Service Unavailable\"}"));
			this.meetings.sync(id);
			LiveSession now = session(id);
			assertThat(now.meetingState()).as("after attempt " + attempt)
				.isEqualTo(attempt < ZoomMeetings.MAX_ATTEMPTS ? MeetingState.PENDING : MeetingState.FAILED);
		}
		LiveSession failed = session(id);
		assertThat(failed.status()).isEqualTo(SessionStatus.SCHEDULED);
		assertThat(failed.meetingError()).contains("HTTP 503");
		assertThat(failed.meetingRetryAt()).isNull();
		assertThat(ZoomMeetings.backoff(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(ZoomMeetings.backoff(7)).isEqualTo(Duration.ofMinutes(30));
		assertThat(ZoomMeetings.backoff(9)).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void aRefusalFailsTheMeetingWithZoomsMessageAndTheOrganiserCanTryAgainByChangingTheSession() {
		long id = zoomSession();
		ZOOM.enqueue(json(400, """
				{"code":300,"message":"Validation Failed.","errors":[{"field":"start_time",
				"message":"The start time cannot be in the past."}]}"""));
		this.meetings.sync(id);
		LiveSession failed = session(id);
		assertThat(failed.status()).isEqualTo(SessionStatus.SCHEDULED);
		assertThat(failed.meetingState()).isEqualTo(MeetingState.FAILED);
		assertThat(failed.meetingError()).isEqualTo("Validation Failed.: The start time cannot be in the past.");

		this.sessions.describe(id, "Sesi ulang", null, null);
		assertThat(session(id).meetingState()).isEqualTo(MeetingState.PENDING);
		this.meetings.sync(id);
		assertThat(session(id).meetingState()).isEqualTo(MeetingState.READY);
		assertThat(session(id).meetingError()).isNull();
	}

	@Test
	void theSweepGivesALostTriggerBackButLeavesSessionsWaitingForALimit() throws Exception {
		long lost = zoomSession();
		this.scheduler.deleteJob(ZoomJobs.syncKey(lost));
		long limited = zoomSession();
		ZOOM.enqueue(json(429, "{\"code\":429,\"message\":\"You have exceeded the daily rate limit.\"}"));
		this.meetings.sync(limited);
		this.scheduler.deleteJob(ZoomJobs.syncKey(limited));

		assertThat(this.meetings.sweepPending()).isPositive();
		assertThat(nextFire("zoom-meeting-sync-" + lost)).isBeforeOrEqualTo(Instant.now());
		assertThat(this.scheduler.checkExists(ZoomJobs.syncKey(limited))).as("its retry time has not come").isFalse();
		int again = this.meetings.sweepPending();
		assertThat(this.scheduler.checkExists(ZoomJobs.syncKey(limited))).isFalse();
		assertThat(again).as("triggers already waiting are left alone").isZero();
	}

}
