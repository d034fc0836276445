package id.pelita.liveclass.internal.zoom;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import id.pelita.liveclass.ZoomSettings;
import id.pelita.shared.time.IndonesianTime;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static id.pelita.liveclass.internal.zoom.ZoomMockServer.body;
import static id.pelita.liveclass.internal.zoom.ZoomMockServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The Zoom gateway against MockWebServer speaking Zoom's request and response shapes. */
class ZoomClientTests {

	private static final Duration READ_TIMEOUT = Duration.ofMillis(400);

	private static ZoomMockServer zoom;

	private final JsonMapper json = JsonMapper.builder().build();

	private final MutableClock clock = new MutableClock(Instant.parse("2027-03-01T03:15:30Z"));

	private ZoomClient client;

	@BeforeAll
	static void startZoom() {
		zoom = ZoomMockServer.start();
	}

	@AfterAll
	static void stopZoom() {
		zoom.close();
	}

	@BeforeEach
	void client() {
		zoom.reset();
		this.client = new ZoomClient(settings(), this.json, this.clock);
	}

	@AfterEach
	void close() {
		this.client.close();
	}

	@Test
	void asksForATokenWithTheAccountCredentialsFormAndBasicAuthorisationAndKeepsIt() {
		this.client.createMeeting(request());
		this.client.updateMeeting("85746065432", request());
		this.client.deleteMeeting("85746065432");

		RecordedRequest token = zoom.takeTokenRequest();
		assertThat(token.getMethod()).isEqualTo("POST");
		assertThat(token.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
		assertThat(body(token)).isEqualTo("grant_type=account_credentials&account_id=" + ZoomMockServer.ACCOUNT_ID);
		assertThat(token.getHeaders().get("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
			.encodeToString((ZoomMockServer.CLIENT_ID + ":" + ZoomMockServer.CLIENT_SECRET)
				.getBytes(StandardCharsets.UTF_8)));
		assertThat(zoom.tokenRequestCount()).as("one token for three calls").isZero();
		for (int i = 0; i < 3; i++) {
			assertThat(zoom.takeApiRequest().getHeaders().get("Authorization"))
				.matches("Bearer eyJ[\\w.]+\\.token-\\d+");
		}
	}

	@Test
	void asksForANewTokenShortlyBeforeTheOldOneExpires() {
		this.client.deleteMeeting("1");
		this.clock.advance(Duration.ofSeconds(3600).minus(ZoomAccessTokens.MARGIN).minusSeconds(1));
		this.client.deleteMeeting("2");
		assertThat(bearer(zoom.takeApiRequest())).isEqualTo(bearer(zoom.takeApiRequest()));
		this.clock.advance(Duration.ofSeconds(2));
		this.client.deleteMeeting("3");
		zoom.takeTokenRequest();
		zoom.takeTokenRequest();
		assertThat(zoom.tokenRequestCount()).isZero();
	}

	@Test
	void dropsATokenZoomRefusesAndTriesOnceMoreWithANewOne() {
		zoom.enqueue(json(401, "{\"code\":124,\"message\":\"Invalid access token.\"}"));
		ZoomClient.Meeting meeting = this.client.createMeeting(request());
		assertThat(meeting.joinUrl()).startsWith("https://us02web.zoom.us/j/" + meeting.id());
		String refused = bearer(zoom.takeApiRequest());
		String accepted = bearer(zoom.takeApiRequest());
		assertThat(accepted).isNotEqualTo(refused);
		zoom.takeTokenRequest();
		zoom.takeTokenRequest();
		assertThat(zoom.tokenRequestCount()).as("exactly one new token").isZero();
		assertThat(zoom.pendingApiRequests()).isZero();

		zoom.enqueue(json(401, "{\"code\":124,\"message\":\"Invalid access token.\"}"));
		zoom.enqueue(json(401, "{\"code\":124,\"message\":\"Invalid access token.\"}"));
		assertThatExceptionOfType(ZoomException.Refused.class).isThrownBy(() -> this.client.createMeeting(request()))
			.satisfies(ex -> assertThat(ex.status()).isEqualTo(401))
			.satisfies(ex -> assertThat(ex.getMessage()).isEqualTo("Invalid access token."));
	}

	@Test
	void wrongCredentialsAreRefusedWithoutShowingTheSecret() {
		zoom.enqueueToken(json(400, "{\"reason\":\"Invalid client_id or client_secret\",\"error\":\"invalid_client\"}"));
		assertThatExceptionOfType(ZoomException.Refused.class).isThrownBy(() -> this.client.createMeeting(request()))
			.satisfies(ex -> assertThat(ex.getMessage()).contains("Invalid client_id or client_secret")
				.doesNotContain(ZoomMockServer.CLIENT_SECRET));
		assertThat(zoom.pendingApiRequests()).isZero();
	}

	@Test
	void createsAScheduledMeetingInUtcWithTheSessionZoneThatRegistrantsCanJoin() {
		zoom.enqueue(ZoomMockServer.meetingCreated(85746065432L, "https://us02web.zoom.us/j/85746065432?pwd=a1b2c3"));
		ZoomClient.Meeting meeting = this.client.createMeeting(request());
		assertThat(meeting).isEqualTo(new ZoomClient.Meeting("85746065432",
				"https://us02web.zoom.us/j/85746065432?pwd=a1b2c3"));

		RecordedRequest create = zoom.takeApiRequest();
		assertThat(create.getMethod()).isEqualTo("POST");
		assertThat(create.getUrl().encodedPath()).isEqualTo("/v2/users/me/meetings");
		assertThat(create.getHeaders().get("Content-Type")).startsWith("application/json");
		JsonNode body = this.json.readTree(body(create));
		assertThat(body.get("type").asInt()).isEqualTo(2);
		assertThat(body.get("topic").asString()).isEqualTo("Sesi 1: Etika ASN");
		assertThat(body.get("agenda").asString()).isEqualTo("Latsar CPNS - Angkatan III");
		assertThat(body.get("start_time").asString()).isEqualTo("2027-03-02T02:00:00Z");
		assertThat(body.get("timezone").asString()).isEqualTo("Asia/Jakarta");
		assertThat(body.get("duration").asInt()).isEqualTo(90);
		JsonNode settings = body.get("settings");
		assertThat(settings.get("join_before_host").asBoolean()).isFalse();
		assertThat(settings.get("waiting_room").asBoolean()).isFalse();
		assertThat(settings.get("approval_type").asInt()).isZero();
		assertThat(settings.get("mute_upon_entry").asBoolean()).isTrue();
	}

	@Test
	void updatesWithPatchAndDeletesWithoutEmails() {
		zoom.enqueue(ZoomMockServer.noContent());
		this.client.updateMeeting("85746065432", new ZoomClient.MeetingRequest("Sesi dipindah", "Agenda",
				Instant.parse("2027-03-03T06:30:00Z"), 120, IndonesianTime.WITA));
		RecordedRequest patch = zoom.takeApiRequest();
		assertThat(patch.getMethod()).isEqualTo("PATCH");
		assertThat(patch.getUrl().encodedPath()).isEqualTo("/v2/meetings/85746065432");
		JsonNode body = this.json.readTree(body(patch));
		assertThat(body.get("topic").asString()).isEqualTo("Sesi dipindah");
		assertThat(body.get("start_time").asString()).isEqualTo("2027-03-03T06:30:00Z");
		assertThat(body.get("timezone").asString()).isEqualTo("Asia/Makassar");
		assertThat(body.get("duration").asInt()).isEqualTo(120);

		zoom.enqueue(ZoomMockServer.noContent());
		this.client.deleteMeeting("85746065432");
		RecordedRequest delete = zoom.takeApiRequest();
		assertThat(delete.getMethod()).isEqualTo("DELETE");
		assertThat(delete.getUrl().encodedPath()).isEqualTo("/v2/meetings/85746065432");
		assertThat(delete.getUrl().queryParameter("schedule_for_reminder")).isEqualTo("false");
		assertThat(delete.getUrl().queryParameter("cancel_meeting_reminder")).isEqualTo("false");
	}

	@Test
	void aMeetingAlreadyGoneIsDeletedButCannotBeUpdated() {
		zoom.enqueue(ZoomMockServer.meetingNotFound("85746065432"));
		this.client.deleteMeeting("85746065432");

		zoom.enqueue(ZoomMockServer.meetingNotFound("85746065432"));
		assertThatExceptionOfType(ZoomException.Refused.class)
			.isThrownBy(() -> this.client.updateMeeting("85746065432", request()))
			.satisfies(ex -> assertThat(ex.notFound()).isTrue())
			.satisfies(ex -> assertThat(ex.code()).isEqualTo(3001));
	}

	@Test
	void waitsUntilTheInstantZoomNamesInRetryAfter() {
		zoom.enqueue(new MockResponse.Builder().code(429)
			.addHeader("Content-Type", "application/json")
			.addHeader("X-RateLimit-Category", "Medium")
			.addHeader("X-RateLimit-Type", "QPS")
			.addHeader("X-RateLimit-Limit", "20")
			.addHeader("X-RateLimit-Remaining", "0")
			.addHeader("Retry-After", "2027-03-01T03:16:30Z")
			.body("{\"code\":429,\"message\":\"You have reached the maximum per-second rate limit for this API. Try again later.\"}")
			.build());
		assertThatExceptionOfType(ZoomException.RateLimited.class)
			.isThrownBy(() -> this.client.createMeeting(request()))
			.satisfies(ex -> assertThat(ex.retryAt()).isEqualTo(Instant.parse("2027-03-01T03:16:30Z")))
			.satisfies(ex -> assertThat(ex.dailyLimit()).isFalse())
			.satisfies(ex -> assertThat(ex.getMessage()).contains("per-second rate limit"));
	}

	@Test
	void aLimitWithoutRetryAfterOnACreateIsTheDailyLimitOfTheHostUntilMidnightUtc() {
		zoom.enqueue(json(429, "{\"code\":429,\"message\":\"You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user.\"}"));
		assertThatExceptionOfType(ZoomException.RateLimited.class)
			.isThrownBy(() -> this.client.createMeeting(request()))
			.satisfies(ex -> assertThat(ex.retryAt()).isEqualTo(Instant.parse("2027-03-02T00:00:00Z")))
			.satisfies(ex -> assertThat(ex.dailyLimit()).isTrue());

		zoom.enqueue(new MockResponse.Builder().code(429)
			.addHeader("X-RateLimit-Category", "Heavy")
			.addHeader("X-RateLimit-Type", "Daily-limit")
			.body("{\"code\":429,\"message\":\"You have reached the maximum daily rate limit for this API.\"}")
			.build());
		assertThatExceptionOfType(ZoomException.RateLimited.class)
			.isThrownBy(() -> this.client.pastParticipants("85746065432"))
			.satisfies(ex -> assertThat(ex.retryAt()).isEqualTo(Instant.parse("2027-03-02T00:00:00Z")));

		zoom.enqueue(new MockResponse.Builder().code(429)
			.addHeader("X-RateLimit-Category", "Heavy")
			.addHeader("X-RateLimit-Type", "QPS")
			.build());
		assertThatExceptionOfType(ZoomException.RateLimited.class)
			.isThrownBy(() -> this.client.pastParticipants("85746065432"))
			.satisfies(ex -> assertThat(ex.retryAt()).isEqualTo(this.clock.instant().plus(ZoomException.RateLimited.SHORT_WAIT)))
			.satisfies(ex -> assertThat(ex.dailyLimit()).isFalse());
	}

	@Test
	void serverErrorsAndSlowAnswersAreWorthAnotherTry() {
		zoom.enqueue(json(500, "{\"code\":500,\"message\":\"Internal Error\"}"));
		assertThatExceptionOfType(ZoomException.Unavailable.class)
			.isThrownBy(() -> this.client.createMeeting(request()))
			.withMessageContaining("HTTP 500");

		zoom.enqueue(new MockResponse.Builder().code(201)
			.headersDelay(READ_TIMEOUT.multipliedBy(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
			.body("{}")
			.build());
		long started = System.nanoTime();
		assertThatExceptionOfType(ZoomException.Unavailable.class)
			.isThrownBy(() -> this.client.createMeeting(request()))
			.withMessageContaining("did not answer in time");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(READ_TIMEOUT.multipliedBy(4));
	}

	@Test
	void aValidationFailureCarriesZoomsMessages() {
		zoom.enqueue(json(400, """
				{"code":300,"message":"Validation Failed.","errors":[{"field":"settings.alternative_hosts",
				"message":"Alternative host must be a licensed user in the same account."}]}"""));
		assertThatExceptionOfType(ZoomException.Refused.class).isThrownBy(() -> this.client.createMeeting(request()))
			.satisfies(ex -> assertThat(ex.status()).isEqualTo(400))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo(300))
			.satisfies(ex -> assertThat(ex.notFound()).isFalse())
			.withMessage("Validation Failed.: Alternative host must be a licensed user in the same account.");
	}

	@Test
	void registersAParticipantForTheirOwnJoinAddress() {
		zoom.enqueue(json(201, """
				{"id":85746065432,"join_url":"https://us02web.zoom.us/w/85746065432?tk=Xy_z","registrant_id":"fdgsfh2ey82fuh",
				"start_time":"2027-03-02T02:00:00Z","topic":"Sesi 1: Etika ASN","occurrences":[],
				"participant_pin_code":380303}"""));
		ZoomClient.Registrant registrant = this.client.addRegistrant("85746065432", "siti@serangkab.go.id",
				"Siti", "Rahma");
		assertThat(registrant).isEqualTo(new ZoomClient.Registrant("fdgsfh2ey82fuh",
				"https://us02web.zoom.us/w/85746065432?tk=Xy_z"));
		RecordedRequest request = zoom.takeApiRequest();
		assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/meetings/85746065432/registrants");
		JsonNode body = this.json.readTree(body(request));
		assertThat(body.get("email").asString()).isEqualTo("siti@serangkab.go.id");
		assertThat(body.get("first_name").asString()).isEqualTo("Siti");
		assertThat(body.get("last_name").asString()).isEqualTo("Rahma");
		assertThat(body.get("auto_approve").asBoolean()).isTrue();
	}

	@Test
	void readsEveryPageOfTheParticipantsReport() {
		zoom.enqueue(json(200, """
				{"page_count":2,"page_size":2,"total_records":3,"next_page_token":"Tva2CuIdTgsv8wAnhyAdU3m06Y2HuLQtlh3",
				"participants":[
				{"id":"30R7kT7bTIKSNUFEuH_Qlg","user_id":"16778240","name":"Siti Rahma","user_email":"Siti@SerangKab.go.id",
				"join_time":"2027-03-02T02:01:05Z","leave_time":"2027-03-02T02:40:00Z","duration":2335,
				"registrant_id":"fdgsfh2ey82fuh","status":"in_meeting","failover":false,"customer_key":""},
				{"id":"","user_id":"16779264","name":"Tamu","user_email":"","join_time":"2027-03-02T02:05:00Z",
				"leave_time":"2027-03-02T02:10:00Z","duration":300,"registrant_id":"","status":"in_meeting"}]}"""));
		zoom.enqueue(json(200, """
				{"page_count":2,"page_size":2,"total_records":3,"next_page_token":"",
				"participants":[
				{"id":"30R7kT7bTIKSNUFEuH_Qlg","user_id":"16780288","name":"Siti Rahma","user_email":"siti@serangkab.go.id",
				"join_time":"2027-03-02T02:42:00Z","leave_time":"2027-03-02T03:30:00Z","duration":2880,
				"registrant_id":"fdgsfh2ey82fuh","status":"in_meeting"}]}"""));
		List<ZoomClient.Participant> rows = this.client.pastParticipants("85746065432");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).registrantId()).isEqualTo("fdgsfh2ey82fuh");
		assertThat(rows.get(0).leftAt()).isEqualTo(Instant.parse("2027-03-02T02:40:00Z"));
		assertThat(rows.get(1).id()).isNull();
		assertThat(rows.get(1).who()).isEqualTo("16779264");
		assertThat(rows.get(2).joinedAt()).isEqualTo(Instant.parse("2027-03-02T02:42:00Z"));

		RecordedRequest first = zoom.takeApiRequest();
		assertThat(first.getUrl().encodedPath()).isEqualTo("/v2/report/meetings/85746065432/participants");
		assertThat(first.getUrl().queryParameter("page_size")).isEqualTo("300");
		assertThat(first.getUrl().queryParameter("include_fields")).isEqualTo("registrant_id");
		assertThat(first.getUrl().queryParameter("next_page_token")).isNull();
		RecordedRequest second = zoom.takeApiRequest();
		assertThat(second.getUrl().queryParameter("next_page_token")).isEqualTo("Tva2CuIdTgsv8wAnhyAdU3m06Y2HuLQtlh3");
		assertThat(zoom.pendingApiRequests()).isZero();
	}

	@Test
	void meetingUuidsWithSlashesAreEncodedTwice() {
		this.client.pastParticipants("/ajXp112QmuoKj4854875==");
		assertThat(zoom.takeApiRequest().getUrl().encodedPath())
			.isEqualTo("/v2/report/meetings/%252FajXp112QmuoKj4854875%253D%253D/participants");
		this.client.pastParticipants("4444AAA//iAAAAAiAiAi==");
		assertThat(zoom.takeApiRequest().getUrl().encodedPath())
			.isEqualTo("/v2/report/meetings/4444AAA%252F%252FiAAAAAiAiAi%253D%253D/participants");
		this.client.pastParticipants("aDYlohsHRtCd4ii1uC2+hA==");
		assertThat(zoom.takeApiRequest().getUrl().encodedPath())
			.isEqualTo("/v2/report/meetings/aDYlohsHRtCd4ii1uC2%2BhA%3D%3D/participants");
	}

	private static ZoomSettings settings() {
		return new ZoomSettings(zoom.apiBaseUrl(), zoom.oauthUrl(), ZoomMockServer.ACCOUNT_ID,
				ZoomMockServer.CLIENT_ID, ZoomMockServer.CLIENT_SECRET, ZoomMockServer.WEBHOOK_SECRET, null,
				Duration.ofSeconds(2), READ_TIMEOUT);
	}

	private static ZoomClient.MeetingRequest request() {
		return new ZoomClient.MeetingRequest("Sesi 1: Etika ASN", "Latsar CPNS - Angkatan III",
				Instant.parse("2027-03-02T02:00:00Z"), 90, ZoneId.of("Asia/Jakarta"));
	}

	private static String bearer(RecordedRequest request) {
		return request.getHeaders().get("Authorization");
	}

	/** A clock the test moves forward. */
	static final class MutableClock extends Clock {

		private volatile Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
