package id.pelita.liveclass.internal.zoom;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import id.pelita.liveclass.AttendanceSource;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.UnmatchedZoomParticipant;
import id.pelita.liveclass.ZoomAttendance;
import id.pelita.liveclass.internal.AttendanceLedger;
import id.pelita.liveclass.internal.ZoomJoinLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobDetail;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zoom's webhook deliveries over HTTP to {@code /api/v1/webhooks/zoom}, signed as Zoom signs them (no API token),
 * and the attendance they leave: matched by registrant id or e-mail, never by display name.
 */
class ZoomWebhookTests extends ZoomTestContext {

	private static final String PATH = "/api/v1/webhooks/zoom";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	AttendanceLedger ledger;

	@Autowired
	ZoomJoinLinks joinLinks;

	@Autowired
	ZoomAttendance zoomAttendance;

	@Autowired
	JsonMapper json;

	private LiveSession session;

	private String meetingId;

	@BeforeEach
	void meeting() {
		this.session = zoomSessionWithMeeting();
		this.meetingId = meetingId(this.session.id());
	}

	@Test
	void aRegisteredParticipantIsRecordedByRegistrantIdFromJoinToLeave() throws Exception {
		Participant siti = participantWithEmail("Siti Rahma");
		String joinUrl = this.joinLinks.joinUrlFor(this.session.id(), siti.accountId()).orElseThrow();
		String registrantId = this.context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
			.queryForObject("select registrant_id from zoom_registrant where session_id = ? and account_id = ?",
					String.class, this.session.id(), siti.accountId());
		assertThat(joinUrl).contains("/w/" + this.meetingId);

		Instant joined = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
		HttpResponse<String> response = deliver(participant("meeting.participant_joined", "16778240",
				"Siti di HP", "", registrantId, "join_time", joined));
		assertThat(response.statusCode()).isEqualTo(204);
		List<AttendanceLedger.Interval> open = intervals(siti.accountId());
		assertThat(open).singleElement().satisfies(interval -> {
			assertThat(interval.source()).isEqualTo(AttendanceSource.ZOOM_WEBHOOK);
			assertThat(interval.joinedAt()).isEqualTo(joined);
			assertThat(interval.open()).isTrue();
		});

		this.ledger.closeSilent(Instant.now());
		assertThat(intervals(siti.accountId())).as("no heartbeats from Zoom: open until the leave event")
			.singleElement()
			.satisfies(interval -> assertThat(interval.open()).isTrue());

		Instant left = joined.plusSeconds(420);
		assertThat(deliver(participant("meeting.participant_left", "16778240", "Siti di HP", "", registrantId,
				"leave_time", left)).statusCode()).isEqualTo(204);
		assertThat(intervals(siti.accountId())).singleElement().satisfies(interval -> {
			assertThat(interval.open()).isFalse();
			assertThat(interval.leftAt()).isEqualTo(left);
		});
	}

	@Test
	void aParticipantIsMatchedByEmailWhateverItsCase() throws Exception {
		Participant budi = participantWithEmail("Budi Santoso");
		Instant joined = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(300);
		deliver(participant("meeting.participant_joined", "16779264", "Pak Budi", budi.email().toUpperCase(), "",
				"join_time", joined));
		assertThat(intervals(budi.accountId())).singleElement()
			.satisfies(interval -> assertThat(interval.joinedAt()).isEqualTo(joined));
	}

	@Test
	void aDisplayNameAloneMatchesNobodyAndTheOrganiserSeesTheStranger() throws Exception {
		Participant rina = participantWithEmail("Rina Kartika");
		Instant joined = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(200);
		assertThat(deliver(participant("meeting.participant_joined", "16780288", "Rina Kartika", "", "",
				"join_time", joined)).statusCode()).isEqualTo(204);
		deliver(participant("meeting.participant_left", "16780288", "Rina Kartika", "", "", "leave_time",
				joined.plusSeconds(100)));

		assertThat(intervals(rina.accountId())).as("never matched by name").isEmpty();
		List<UnmatchedZoomParticipant> unmatched = this.zoomAttendance.unmatched(this.session.id());
		assertThat(unmatched).singleElement().satisfies(stranger -> {
			assertThat(stranger.name()).isEqualTo("Rina Kartika");
			assertThat(stranger.joinedAt()).isEqualTo(joined);
			assertThat(stranger.leftAt()).isEqualTo(joined.plusSeconds(100));
			assertThat(stranger.source()).isEqualTo(AttendanceSource.ZOOM_WEBHOOK);
		});
	}

	@Test
	void aRepeatedDeliveryChangesNothing() throws Exception {
		Participant dewi = participantWithEmail("Dewi Lestari");
		Instant joined = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(900);
		String join = participant("meeting.participant_joined", "16781312", "Dewi", dewi.email(), "", "join_time",
				joined);
		String leave = participant("meeting.participant_left", "16781312", "Dewi", dewi.email(), "", "leave_time",
				joined.plusSeconds(300));
		String stranger = participant("meeting.participant_joined", "16782336", "Tamu", "", "", "join_time", joined);
		for (String delivery : List.of(join, join, leave, stranger, join, leave, stranger)) {
			assertThat(deliver(delivery).statusCode()).isEqualTo(204);
		}
		assertThat(intervals(dewi.accountId())).singleElement().satisfies(interval -> {
			assertThat(interval.open()).isFalse();
			assertThat(interval.leftAt()).isEqualTo(joined.plusSeconds(300));
		});
		assertThat(this.zoomAttendance.unmatched(this.session.id())).hasSize(1);
	}

	@Test
	void aWrongSignatureIsRefusedWith401AndRecordsNothing() throws Exception {
		Participant eko = participantWithEmail("Eko Prasetyo");
		String body = participant("meeting.participant_joined", "16783360", "Eko", eko.email(), "", "join_time",
				Instant.now().minusSeconds(60));
		String timestamp = String.valueOf(Instant.now().getEpochSecond());
		String forged = "v0=" + HexFormat.of().formatHex(hmac("not-the-secret", "v0:" + timestamp + ":" + body));
		HttpResponse<String> response = send(body, timestamp, forged);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(this.json.readTree(response.body()).get("status").asInt()).isEqualTo(401);

		String signedForOtherBody = signature(timestamp, body.replace("Eko", "Eka"));
		assertThat(send(body, timestamp, signedForOtherBody).statusCode()).isEqualTo(401);
		assertThat(send(body, null, null).statusCode()).isEqualTo(401);
		assertThat(intervals(eko.accountId())).isEmpty();
	}

	@Test
	void aStaleTimestampIsRefusedWith401EvenWhenSigned() throws Exception {
		Participant fajar = participantWithEmail("Fajar Nugroho");
		String body = participant("meeting.participant_joined", "16784384", "Fajar", fajar.email(), "", "join_time",
				Instant.now().minusSeconds(600));
		String stale = String.valueOf(Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond());
		assertThat(send(body, stale, signature(stale, body)).statusCode()).isEqualTo(401);
		assertThat(intervals(fajar.accountId())).isEmpty();

		String recent = String.valueOf(Instant.now().minus(Duration.ofMinutes(4)).getEpochSecond());
		assertThat(send(body, recent, signature(recent, body)).statusCode()).isEqualTo(204);
		assertThat(intervals(fajar.accountId())).hasSize(1);
	}

	@Test
	void answersTheUrlValidationChallenge() throws Exception {
		String body = """
				{"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event_ts":1654503849680,"event":"endpoint.url_validation"}""";
		HttpResponse<String> response = deliver(body);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode answer = this.json.readTree(response.body());
		assertThat(answer.get("plainToken").asString()).isEqualTo("qgg8vlvZRS6UYooatFL8Aw");
		assertThat(answer.get("encryptedToken").asString())
			.isEqualTo(HexFormat.of().formatHex(hmac(ZoomMockServer.WEBHOOK_SECRET, "qgg8vlvZRS6UYooatFL8Aw")));
	}

	@Test
	void aLegacyAuthorizationHeaderDoesNotTurnTheDeliveryIntoAnApiCall() throws Exception {
		String body = """
				{"payload":{"plainToken":"abc123"},"event_ts":1654503849680,"event":"endpoint.url_validation"}""";
		String timestamp = String.valueOf(Instant.now().getEpochSecond());
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + PATH))
			.header("Content-Type", "application/json; charset=utf-8")
			.header("Authorization", "legacyVerificationToken")
			.header("x-zm-request-timestamp", timestamp)
			.header("x-zm-signature", signature(timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		assertThat(this.http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
	}

	@Test
	void theEndOfTheMeetingAsksForTheReportTenMinutesLater() throws Exception {
		Instant before = Instant.now();
		String body = """
				{"event":"meeting.ended","event_ts":%d,"payload":{"account_id":"%s","object":{"id":"%s",
				"uuid":"/ajXp112QmuoKj4854875==","host_id":"z8yAAAAA8bbbQ","topic":"Sesi","type":2,
				"start_time":"2027-03-02T02:00:00Z","end_time":"2027-03-02T03:02:00Z","duration":60,
				"timezone":"Asia/Jakarta"}}}""".formatted(before.toEpochMilli(), ZoomMockServer.ACCOUNT_ID,
				this.meetingId);
		assertThat(deliver(body).statusCode()).isEqualTo(204);
		Instant fires = nextFire("zoom-attendance-import-" + this.session.id());
		assertThat(fires).isBetween(before.plus(Duration.ofMinutes(10)).minusSeconds(1),
				Instant.now().plus(Duration.ofMinutes(10)));
		JobDetail job = this.scheduler.getJobDetail(ZoomJobs.importKey(this.session.id()));
		assertThat(job.getJobDataMap().getString(ZoomJobs.MEETING_UUID)).isEqualTo("/ajXp112QmuoKj4854875==");
	}

	@Test
	void eventsOfAMeetingNoSessionHasAreAcceptedAndIgnored() throws Exception {
		String body = participant("meeting.participant_joined", "1", "Siapa", "", "", "join_time", Instant.now())
			.replace("\"id\":\"" + this.meetingId + "\"", "\"id\":\"99999999999\"");
		assertThat(deliver(body).statusCode()).isEqualTo(204);
		assertThat(this.zoomAttendance.unmatched(this.session.id())).isEmpty();
	}

	private List<AttendanceLedger.Interval> intervals(long accountId) {
		return this.ledger.ofSession(this.session.id()).stream().filter(i -> i.accountId() == accountId).toList();
	}

	/** A participant event as Zoom sends it. */
	private String participant(String event, String userId, String name, String email, String registrantId,
			String timeField, Instant time) {
		return """
				{"event":"%s","event_ts":%d,"payload":{"account_id":"%s","object":{"id":"%s",
				"uuid":"4444AAAiAAAAAiAiAiiAii==","host_id":"z8yAAAAA8bbbQ","topic":"Sesi","type":2,
				"start_time":"2027-03-02T02:00:00Z","timezone":"Asia/Jakarta","duration":60,
				"participant":{"user_id":"%s","user_name":"%s","id":"","participant_uuid":"","%s":"%s",
				"email":"%s","registrant_id":"%s","participant_user_id":"","customer_key":"",
				"phone_number":""}}}}""".formatted(event, time.toEpochMilli(), ZoomMockServer.ACCOUNT_ID,
				this.meetingId, userId, name, timeField, time, email, registrantId);
	}

	private HttpResponse<String> deliver(String body) throws Exception {
		String timestamp = String.valueOf(Instant.now().getEpochSecond());
		return send(body, timestamp, signature(timestamp, body));
	}

	private HttpResponse<String> send(String body, String timestamp, String signature) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + PATH))
			.header("Content-Type", "application/json; charset=utf-8")
			.header("User-Agent", "Zoom Marketplace/1.0a")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (timestamp != null) {
			request.header("x-zm-request-timestamp", timestamp);
		}
		if (signature != null) {
			request.header("x-zm-signature", signature);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String signature(String timestamp, String body) {
		return "v0=" + HexFormat.of().formatHex(hmac(ZoomMockServer.WEBHOOK_SECRET, "v0:" + timestamp + ":" + body));
	}

	private static byte[] hmac(String secret, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
