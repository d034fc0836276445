package id.pelita.liveclass;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;

import id.pelita.liveclass.internal.zoom.ZoomMockServer;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.Await;
import id.pelita.support.SignIn;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code pelita.zoom.*} pointing at a mock Zoom and the Quartz scheduler running: an organiser schedules,
 * moves and cancels a Zoom session, and the jobs create, update and delete its meeting on their own.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.quartz.scheduler-name=pelita-zoom-e2e")
class ZoomEndToEndTests {

	private static final Duration DEADLINE = Duration.ofSeconds(45);

	private static final ZoomMockServer ZOOM = ZoomMockServer.start();

	@Autowired
	ApplicationContext context;

	@Autowired
	LiveSessionService sessions;

	@Autowired
	LiveSessionDirectory directory;

	@Autowired
	JsonMapper json;

	@DynamicPropertySource
	static void zoom(DynamicPropertyRegistry registry) {
		ZOOM.properties(Duration.ofSeconds(5)).forEach((name, value) -> registry.add(name, () -> value));
	}

	@BeforeEach
	void resetZoom() {
		ZOOM.reset();
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@AfterAll
	static void stopZoom() {
		ZOOM.close();
	}

	@Test
	void anOrganisersZoomSessionGetsItsMeetingWhichFollowsMovesAndCancellation() {
		long runId = new LiveClassFixtures(this.context).run();
		SignIn.as(this.context, "penyelenggara");
		assertThat(this.context.getBean(SessionPlanning.class).providers())
			.contains(new SessionPlanning.ProviderChoice("ZOOM", "liveclass.provider.ZOOM", true));
		ZOOM.enqueue(ZoomMockServer.meetingCreated(86012345678L, "https://us02web.zoom.us/j/86012345678?pwd=Ue2e"));
		LocalDate day = LocalDate.now(IndonesianTime.WIB).plusDays(3);
		long id = this.sessions.schedule(new SessionDraft(runId, "Sesi Zoom: Etika ASN", day, LocalTime.of(9, 0),
				IndonesianTime.WIB, 90, "ZOOM", null, "Dr. Siti Rahma"));

		RecordedRequest create = ZOOM.awaitApiRequest(request -> "POST".equals(request.getMethod()));
		assertThat(create.getUrl().encodedPath()).isEqualTo("/v2/users/me/meetings");
		assertThat(this.json.readTree(ZoomMockServer.body(create)).get("topic").asString())
			.isEqualTo("Sesi Zoom: Etika ASN");
		until("the session is ready", () -> session(id).meetingState() == MeetingState.READY);
		assertThat(session(id).joinUrl()).isEqualTo("https://us02web.zoom.us/j/86012345678?pwd=Ue2e");
		assertThat(session(id).status()).isEqualTo(SessionStatus.SCHEDULED);

		this.sessions.move(id, day.plusDays(1), LocalTime.of(13, 0), IndonesianTime.WIB, 60);
		RecordedRequest patch = ZOOM.awaitApiRequest(request -> "PATCH".equals(request.getMethod()));
		assertThat(patch.getUrl().encodedPath()).isEqualTo("/v2/meetings/86012345678");
		assertThat(this.json.readTree(ZoomMockServer.body(patch)).get("start_time").asString())
			.isEqualTo(day.plusDays(1).atTime(13, 0).atZone(IndonesianTime.WIB).toInstant().toString());
		until("the moved meeting is ready", () -> session(id).meetingState() == MeetingState.READY);
		assertThat(session(id).joinUrl()).isEqualTo("https://us02web.zoom.us/j/86012345678?pwd=Ue2e");

		this.sessions.cancel(id, "Narasumber berhalangan");
		RecordedRequest delete = ZOOM.awaitApiRequest(request -> "DELETE".equals(request.getMethod()));
		assertThat(delete.getUrl().encodedPath()).isEqualTo("/v2/meetings/86012345678");
		until("the deletion is done", () -> session(id).meetingState() == MeetingState.READY);
		assertThat(session(id).status()).isEqualTo(SessionStatus.CANCELLED);
		assertThat(ZOOM.pendingApiRequests()).as("nothing else was asked of Zoom").isZero();
	}

	@Test
	void aRateLimitedCreateIsTriedAgainByTheJobAtTheTimeZoomNames() {
		long runId = new LiveClassFixtures(this.context).run();
		SignIn.as(this.context, "penyelenggara");
		Instant retryAt = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
		ZOOM.enqueue(new MockResponse.Builder().code(429)
			.addHeader("X-RateLimit-Category", "Medium")
			.addHeader("X-RateLimit-Type", "QPS")
			.addHeader("Retry-After", retryAt.toString())
			.body("{\"code\":429,\"message\":\"You have reached the maximum per-second rate limit for this API.\"}")
			.build());
		ZOOM.enqueue(ZoomMockServer.meetingCreated(86087654321L, "https://us02web.zoom.us/j/86087654321?pwd=Later"));
		LocalDate day = LocalDate.now(IndonesianTime.WIB).plusDays(4);
		long id = this.sessions.schedule(new SessionDraft(runId, "Sesi Zoom: Manajemen ASN", day, LocalTime.of(9, 0),
				IndonesianTime.WIB, 60, "ZOOM", null, null));

		ZOOM.awaitApiRequest(request -> "POST".equals(request.getMethod()));
		RecordedRequest again = ZOOM.awaitApiRequest(request -> "POST".equals(request.getMethod()));
		assertThat(ZOOM.receivedAt(again)).as("not before the time Zoom named").isAfterOrEqualTo(retryAt.minusMillis(50));
		until("the session is ready", () -> session(id).meetingState() == MeetingState.READY);
		assertThat(session(id).joinUrl()).isEqualTo("https://us02web.zoom.us/j/86087654321?pwd=Later");
		assertThat(session(id).meetingRetryAt()).isNull();
	}

	private LiveSession session(long id) {
		return this.directory.find(id).orElseThrow();
	}

	private static void until(String what, BooleanSupplier condition) {
		Await.until(what, DEADLINE, condition);
	}

}
