package id.pelita.liveclass.internal.zoom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zoom as MockWebServer plays it, with Zoom's real shapes: the token endpoint ({@code /oauth/token}) hands out a
 * new bearer token on every request; API calls ({@code /v2/...}) get the scripted answers in order, and once
 * those are used up the answers of a Zoom that works (meeting created, updated, deleted, registrant added, an
 * empty report). Every request is recorded.
 */
public final class ZoomMockServer implements AutoCloseable {

	public static final String ACCOUNT_ID = "pelita-account-7Qx";

	public static final String CLIENT_ID = "pelitaClientId";

	public static final String CLIENT_SECRET = "pelita-client-secret-s3cr3t";

	public static final String WEBHOOK_SECRET = "pelita-webhook-secret-token";

	private final MockWebServer server = new MockWebServer();

	private final BlockingQueue<MockResponse> scripted = new LinkedBlockingQueue<>();

	private final BlockingQueue<MockResponse> scriptedTokens = new LinkedBlockingQueue<>();

	private final BlockingQueue<RecordedRequest> apiRequests = new LinkedBlockingQueue<>();

	private final BlockingQueue<RecordedRequest> tokenRequests = new LinkedBlockingQueue<>();

	private final AtomicInteger tokensIssued = new AtomicInteger();

	private final Map<RecordedRequest, Instant> receivedAt = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

	private final AtomicLong meetingIds = new AtomicLong(85_746_065_000L + (System.nanoTime() % 100_000) * 100);

	private ZoomMockServer() {
	}

	public static ZoomMockServer start() {
		ZoomMockServer zoom = new ZoomMockServer();
		zoom.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				return zoom.answer(request);
			}
		});
		try {
			zoom.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return zoom;
	}

	/** The settings that point the application at this server. */
	public Map<String, String> properties(Duration readTimeout) {
		return Map.of("pelita.zoom.api-base-url", apiBaseUrl(), "pelita.zoom.oauth-url", oauthUrl(),
				"pelita.zoom.account-id", ACCOUNT_ID, "pelita.zoom.client-id", CLIENT_ID, "pelita.zoom.client-secret",
				CLIENT_SECRET, "pelita.zoom.webhook-secret", WEBHOOK_SECRET, "pelita.zoom.connect-timeout", "2s",
				"pelita.zoom.read-timeout", readTimeout.toMillis() + "ms");
	}

	public String apiBaseUrl() {
		return this.server.url("/v2").toString();
	}

	public String oauthUrl() {
		return this.server.url("/oauth/token").toString();
	}

	/** Forgets what was scripted and recorded. */
	public void reset() {
		this.scripted.clear();
		this.scriptedTokens.clear();
		this.apiRequests.clear();
		this.tokenRequests.clear();
		this.receivedAt.clear();
	}

	public void enqueue(MockResponse response) {
		this.scripted.add(response);
	}

	public void enqueueToken(MockResponse response) {
		this.scriptedTokens.add(response);
	}

	/** The next API call (not token request), waiting up to 10 seconds for it. */
	public RecordedRequest takeApiRequest() {
		return take(this.apiRequests);
	}

	public RecordedRequest takeTokenRequest() {
		return take(this.tokenRequests);
	}

	/** The next recorded API call that matches, skipping others, waiting up to 20 seconds. */
	public RecordedRequest awaitApiRequest(Predicate<RecordedRequest> wanted) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		List<String> seen = new ArrayList<>();
		while (System.nanoTime() < deadline) {
			RecordedRequest request = poll(this.apiRequests, deadline - System.nanoTime());
			if (request == null) {
				break;
			}
			if (wanted.test(request)) {
				return request;
			}
			seen.add(request.getRequestLine());
		}
		throw new AssertionError("No such request to Zoom within 20 s; seen: " + seen);
	}

	/** When the mock received the API call. */
	public Instant receivedAt(RecordedRequest request) {
		return this.receivedAt.get(request);
	}

	public int pendingApiRequests() {
		return this.apiRequests.size();
	}

	public int tokenRequestCount() {
		return this.tokenRequests.size();
	}

	public static MockResponse json(int code, String body) {
		return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json;charset=UTF-8")
			.body(body)
			.build();
	}

	public static MockResponse noContent() {
		return new MockResponse.Builder().code(204).build();
	}

	/** Zoom's answer to a create: 201 with the meeting. */
	public static MockResponse meetingCreated(long id, String joinUrl) {
		return json(201, """
				{"uuid":"aDYlohsHRtCd4ii1uC2+hA==","id":%d,"host_id":"KDcuGIm1QgePTO8WbOqwIQ",
				"host_email":"penyelenggara@pelita.test","topic":"Sesi","type":2,"status":"waiting",
				"start_time":"2027-03-02T02:00:00Z","duration":60,"timezone":"Asia/Jakarta",
				"created_at":"2027-02-20T01:00:00Z","start_url":"https://us02web.zoom.us/s/%d?zak=eyJ0",
				"join_url":"%s","password":"a1b2c3","h323_password":"123456","pstn_password":"123456",
				"settings":{"join_before_host":false,"waiting_room":false,"approval_type":0,
				"mute_upon_entry":true},"pre_schedule":false}""".formatted(id, id, joinUrl));
	}

	/** Zoom's answer for a meeting that is not there (any more). */
	public static MockResponse meetingNotFound(String id) {
		return json(404, "{\"code\":3001,\"message\":\"Meeting does not exist: " + id + ".\"}");
	}

	public static String body(RecordedRequest request) {
		return request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
	}

	private MockResponse answer(RecordedRequest request) {
		String path = request.getUrl().encodedPath();
		if (path.equals("/oauth/token")) {
			this.tokenRequests.add(request);
			MockResponse scriptedToken = this.scriptedTokens.poll();
			if (scriptedToken != null) {
				return scriptedToken;
			}
			return json(200, """
					{"access_token":"eyJzdiI6IjAwMDAwMSIsImFsZyI6IkhTNTEyIn0.token-%d","token_type":"bearer",
					"expires_in":3600,"scope":"meeting:write:admin meeting:read:admin report:read:admin user:read:admin",
					"api_url":"https://api.zoom.us"}""".formatted(this.tokensIssued.incrementAndGet()));
		}
		this.receivedAt.put(request, Instant.now());
		this.apiRequests.add(request);
		MockResponse next = this.scripted.poll();
		return next != null ? next : working(request, path);
	}

	/** A Zoom that works. */
	private MockResponse working(RecordedRequest request, String path) {
		String method = request.getMethod();
		if ("POST".equals(method) && path.matches("/v2/users/[^/]+/meetings")) {
			long id = this.meetingIds.incrementAndGet();
			return meetingCreated(id, "https://us02web.zoom.us/j/" + id + "?pwd=mock" + id);
		}
		if ("PATCH".equals(method) || "DELETE".equals(method)) {
			return noContent();
		}
		if ("POST".equals(method) && path.matches("/v2/meetings/\\d+/registrants")) {
			String meeting = path.split("/")[3];
			long registrant = this.meetingIds.incrementAndGet();
			return json(201, """
					{"id":%s,"join_url":"https://us02web.zoom.us/w/%s?tk=reg%d","registrant_id":"reg-%d",
					"start_time":"2027-03-02T02:00:00Z","topic":"Sesi"}""".formatted(meeting, meeting, registrant,
					registrant));
		}
		if ("GET".equals(method) && path.startsWith("/v2/report/meetings/")) {
			return json(200, """
					{"page_count":1,"page_size":300,"total_records":0,"next_page_token":"","participants":[]}""");
		}
		return json(404, "{\"code\":404,\"message\":\"No mock answer for " + method + " " + path + "\"}");
	}

	@Override
	public void close() {
		this.server.close();
	}

	private static RecordedRequest take(BlockingQueue<RecordedRequest> queue) {
		RecordedRequest request = poll(queue, TimeUnit.SECONDS.toNanos(10));
		assertThat(request).as("a request to Zoom within 10 s").isNotNull();
		return request;
	}

	private static @Nullable RecordedRequest poll(BlockingQueue<RecordedRequest> queue, long nanos) {
		try {
			return queue.poll(Math.max(0, nanos), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
