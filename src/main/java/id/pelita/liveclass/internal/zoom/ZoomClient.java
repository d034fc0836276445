package id.pelita.liveclass.internal.zoom;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import id.pelita.liveclass.ZoomSettings;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one gateway to Zoom's REST API: Server-to-Server OAuth (the token is cached until shortly before it expires,
 * shared by all threads, and dropped and fetched again once when Zoom answers 401), meetings, registrants and the
 * past-meeting participants report. Every failure becomes a {@link ZoomException} the caller can act on.
 * Tokens and secrets are never logged nor put into messages.
 */
public class ZoomClient implements AutoCloseable {

	/** Zoom's error code for a meeting that does not exist (any more). */
	static final int MEETING_NOT_FOUND = 3001;

	/** A cached token is renewed this long before Zoom says it expires. */
	static final Duration TOKEN_MARGIN = Duration.ofMinutes(1);

	/** Wait after a 429 that names no time and is no daily limit (a per-second limit). */
	static final Duration SHORT_LIMIT_WAIT = Duration.ofMinutes(1);

	private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

	private final ZoomSettings settings;

	private final JsonMapper json;

	private final Clock clock;

	private final OkHttpClient http;

	private final HttpUrl api;

	private final Object tokenLock = new Object();

	private @Nullable Token token;

	public ZoomClient(ZoomSettings settings, JsonMapper json, Clock clock) {
		this.settings = settings;
		this.json = json;
		this.clock = clock;
		this.http = new OkHttpClient.Builder().connectTimeout(settings.connectTimeout())
			.readTimeout(settings.readTimeout())
			.writeTimeout(settings.readTimeout())
			.callTimeout(settings.connectTimeout().plus(settings.readTimeout()).multipliedBy(2))
			.retryOnConnectionFailure(false)
			.followRedirects(false)
			.build();
		this.api = HttpUrl.get(settings.apiBaseUrl());
	}

	// Meetings

	/** {@code POST /users/{hostUser}/meetings}: a scheduled meeting (type 2) that registrants can join. */
	public Meeting createMeeting(MeetingRequest request) {
		ObjectNode body = meetingBody(request);
		body.put("type", 2);
		ObjectNode settings = body.putObject("settings");
		settings.put("join_before_host", false);
		settings.put("waiting_room", false);
		settings.put("approval_type", 0);
		settings.put("mute_upon_entry", true);
		Answer answer = call("POST", url("users", this.settings.hostUser(), "meetings"), body, true);
		JsonNode created = answer.json(this.json);
		String id = text(created, "id");
		String joinUrl = text(created, "join_url");
		if (id == null || joinUrl == null) {
			throw new ZoomException.Unavailable("Zoom created a meeting but its answer has no id or join_url");
		}
		return new Meeting(id, joinUrl);
	}

	/** {@code PATCH /meetings/{id}}: new topic, agenda, start or duration. A gone meeting is {@code notFound()}. */
	public void updateMeeting(String meetingId, MeetingRequest request) {
		call("PATCH", url("meetings", meetingId), meetingBody(request), true);
	}

	/** {@code DELETE /meetings/{id}} without e-mails; a meeting that is already gone counts as deleted. */
	public void deleteMeeting(String meetingId) {
		HttpUrl url = url("meetings", meetingId).newBuilder()
			.addQueryParameter("schedule_for_reminder", "false")
			.addQueryParameter("cancel_meeting_reminder", "false")
			.build();
		try {
			call("DELETE", url, null, false);
		}
		catch (ZoomException.Refused refused) {
			if (!refused.notFound()) {
				throw refused;
			}
		}
	}

	/** {@code POST /meetings/{id}/registrants}: a personal join address for this person. */
	public Registrant addRegistrant(String meetingId, String email, String firstName, @Nullable String lastName) {
		ObjectNode body = this.json.createObjectNode();
		body.put("email", email);
		body.put("first_name", firstName);
		if (lastName != null) {
			body.put("last_name", lastName);
		}
		body.put("auto_approve", true);
		JsonNode answer = call("POST", url("meetings", meetingId, "registrants"), body, false).json(this.json);
		String registrantId = text(answer, "registrant_id");
		String joinUrl = text(answer, "join_url");
		if (registrantId == null || joinUrl == null) {
			throw new ZoomException.Unavailable("Zoom registered the participant but gave no registrant_id or join_url");
		}
		return new Registrant(registrantId, joinUrl);
	}

	/**
	 * {@code GET /report/meetings/{id}/participants}, every page: one row per join..leave of each participant.
	 *
	 * @param meeting the numeric meeting id (its latest instance) or an instance UUID
	 */
	public List<Participant> pastParticipants(String meeting) {
		List<Participant> rows = new ArrayList<>();
		String pageToken = "";
		do {
			HttpUrl.Builder url = this.api.newBuilder()
				.addPathSegment("report")
				.addPathSegment("meetings")
				.addEncodedPathSegment(encodeMeeting(meeting))
				.addPathSegment("participants")
				.addQueryParameter("page_size", "300")
				.addQueryParameter("include_fields", "registrant_id");
			if (!pageToken.isEmpty()) {
				url.addQueryParameter("next_page_token", pageToken);
			}
			JsonNode page = call("GET", url.build(), null, false).json(this.json);
			for (JsonNode row : page.path("participants")) {
				Participant participant = participant(row);
				if (participant != null) {
					rows.add(participant);
				}
			}
			String next = text(page, "next_page_token");
			pageToken = next == null ? "" : next;
		}
		while (!pageToken.isEmpty());
		return rows;
	}

	/**
	 * A meeting id or instance UUID as one path segment: UUIDs that start with {@code /} or contain {@code //} must
	 * be URL-encoded twice, everything else once.
	 */
	static String encodeMeeting(String meeting) {
		String once = URLEncoder.encode(meeting, StandardCharsets.UTF_8);
		return meeting.startsWith("/") || meeting.contains("//") ? URLEncoder.encode(once, StandardCharsets.UTF_8)
				: once;
	}

	// HTTP

	private Answer call(String method, HttpUrl url, @Nullable JsonNode body, boolean meetingWrite) {
		RequestBody requestBody = body == null ? null : RequestBody.create(this.json.writeValueAsBytes(body), JSON);
		String bearer = token();
		Answer answer = send(request(method, url, requestBody, bearer));
		if (answer.status() == 401) {
			forget(bearer);
			answer = send(request(method, url, requestBody, token()));
		}
		if (answer.status() >= 200 && answer.status() < 300) {
			return answer;
		}
		throw failure(answer, meetingWrite);
	}

	private static Request request(String method, HttpUrl url, @Nullable RequestBody body, String bearer) {
		return new Request.Builder().url(url)
			.header("Authorization", "Bearer " + bearer)
			.header("Accept", "application/json")
			.method(method, body)
			.build();
	}

	private Answer send(Request request) {
		try (Response response = this.http.newCall(request).execute()) {
			return new Answer(response.code(), response.headers(), response.body().bytes());
		}
		catch (InterruptedIOException ex) {
			throw new ZoomException.Unavailable("Zoom did not answer in time", ex);
		}
		catch (IOException ex) {
			throw new ZoomException.Unavailable("Zoom could not be reached (" + ex.getClass().getSimpleName() + ")",
					ex);
		}
	}

	private ZoomException failure(Answer answer, boolean meetingWrite) {
		int status = answer.status();
		JsonNode error = answer.jsonOrEmpty(this.json);
		String zoomMessage = message(error);
		if (status == 429) {
			return rateLimited(answer.headers(), meetingWrite, zoomMessage);
		}
		if (status >= 500 || status == 408) {
			return new ZoomException.Unavailable(
					"Zoom answered HTTP " + status + (zoomMessage == null ? "" : ": " + zoomMessage));
		}
		Integer code = error.path("code").isNumber() ? error.path("code").asInt() : null;
		return new ZoomException.Refused(status, code, zoomMessage == null ? "Zoom answered HTTP " + status : zoomMessage);
	}

	/**
	 * Retry-After is an ISO instant (seconds are accepted too). Without it, a daily limit ({@code X-RateLimit-Type:
	 * Daily-limit}, or no rate-limit headers at all on a meeting create/update: the per-host limit of 100 a day)
	 * lasts until the next 00:00 UTC; anything else is a per-second limit.
	 */
	private ZoomException.RateLimited rateLimited(Headers headers, boolean meetingWrite, @Nullable String zoomMessage) {
		Instant now = this.clock.instant();
		String type = headers.get("X-RateLimit-Type");
		boolean daily = "Daily-limit".equalsIgnoreCase(type)
				|| (type == null && headers.get("X-RateLimit-Category") == null && meetingWrite);
		Instant retryAt = retryAfter(headers.get("Retry-After"), now);
		if (retryAt == null) {
			retryAt = daily ? nextUtcMidnight(now) : now.plus(SHORT_LIMIT_WAIT);
		}
		String message = zoomMessage != null ? zoomMessage
				: daily ? "Zoom's daily limit is reached" : "Zoom's rate limit is reached";
		return new ZoomException.RateLimited(message, retryAt, daily);
	}

	static @Nullable Instant retryAfter(@Nullable String value, Instant now) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		try {
			if (trimmed.chars().allMatch(Character::isDigit)) {
				return now.plusSeconds(Long.parseLong(trimmed));
			}
			return java.time.OffsetDateTime.parse(trimmed).toInstant();
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			return null;
		}
	}

	static Instant nextUtcMidnight(Instant now) {
		return LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** Zoom's {@code message}, followed by the messages of {@code errors[]} of a validation failure. */
	private static @Nullable String message(JsonNode error) {
		String message = text(error, "message");
		StringJoiner details = new StringJoiner("; ");
		for (JsonNode item : error.path("errors")) {
			String detail = text(item, "message");
			if (detail != null) {
				details.add(detail);
			}
		}
		if (details.length() == 0) {
			return message;
		}
		return message == null ? details.toString() : message + ": " + details;
	}

	// Server-to-Server OAuth

	private String token() {
		synchronized (this.tokenLock) {
			Instant now = this.clock.instant();
			Token cached = this.token;
			if (cached != null && now.isBefore(cached.expiresAt().minus(TOKEN_MARGIN))) {
				return cached.value();
			}
			Token fresh = requestToken(now);
			this.token = fresh;
			return fresh.value();
		}
	}

	/** Drops the token Zoom refused, unless another thread has already replaced it. */
	private void forget(String refused) {
		synchronized (this.tokenLock) {
			if (this.token != null && this.token.value().equals(refused)) {
				this.token = null;
			}
		}
	}

	private Token requestToken(Instant now) {
		String accountId = this.settings.accountId();
		String clientId = this.settings.clientId();
		String clientSecret = this.settings.clientSecret();
		if (accountId == null || clientId == null || clientSecret == null) {
			throw new ZoomException.Refused(401, null, "Zoom is not configured");
		}
		Request request = new Request.Builder().url(this.settings.oauthUrl())
			.header("Authorization", Credentials.basic(clientId, clientSecret, StandardCharsets.UTF_8))
			.header("Accept", "application/json")
			.post(new FormBody.Builder().add("grant_type", "account_credentials").add("account_id", accountId).build())
			.build();
		Answer answer = send(request);
		if (answer.status() == 429) {
			throw rateLimited(answer.headers(), false, null);
		}
		if (answer.status() >= 500 || answer.status() == 408) {
			throw new ZoomException.Unavailable("Zoom's token service answered HTTP " + answer.status());
		}
		JsonNode body = answer.jsonOrEmpty(this.json);
		if (answer.status() != 200) {
			String reason = text(body, "reason");
			throw new ZoomException.Refused(answer.status(), null, "Zoom refused the Server-to-Server OAuth credentials"
					+ (reason == null ? " (HTTP " + answer.status() + ")" : ": " + reason));
		}
		String value = text(body, "access_token");
		if (value == null) {
			throw new ZoomException.Unavailable("Zoom's token service gave no access_token");
		}
		long seconds = body.path("expires_in").isNumber() ? body.path("expires_in").asLong() : 3599;
		return new Token(value, now.plusSeconds(seconds));
	}

	// JSON

	private ObjectNode meetingBody(MeetingRequest request) {
		ObjectNode body = this.json.createObjectNode();
		body.put("topic", cut(request.topic(), 200));
		body.put("agenda", cut(request.agenda(), 2000));
		body.put("start_time", request.startsAt().truncatedTo(ChronoUnit.SECONDS).toString());
		body.put("timezone", request.zone().getId());
		body.put("duration", request.durationMinutes());
		return body;
	}

	private static @Nullable Participant participant(JsonNode row) {
		Instant joined = instant(text(row, "join_time"));
		if (joined == null) {
			return null;
		}
		Instant left = instant(text(row, "leave_time"));
		if (left == null) {
			left = joined.plusSeconds(Math.max(0, row.path("duration").asLong(0)));
		}
		String userId = text(row, "user_id");
		String id = text(row, "id");
		return new Participant(id, userId, text(row, "name"), text(row, "user_email"), text(row, "registrant_id"),
				joined, left);
	}

	private static @Nullable Instant instant(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** A field as text; {@code null} when it is missing, null or blank. */
	static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		String text = value.asString("");
		return text.isBlank() ? null : text;
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private HttpUrl url(String... segments) {
		HttpUrl.Builder url = this.api.newBuilder();
		for (String segment : segments) {
			url.addPathSegment(segment);
		}
		return url.build();
	}

	@Override
	public void close() {
		this.http.dispatcher().executorService().shutdown();
		this.http.connectionPool().evictAll();
	}

	private record Token(String value, Instant expiresAt) {

		@Override
		public String toString() {
			return "Token[expiresAt=" + this.expiresAt + "]";
		}

	}

	private record Answer(int status, Headers headers, byte[] body) {

		JsonNode json(JsonMapper mapper) {
			try {
				return mapper.readTree(this.body);
			}
			catch (JacksonException ex) {
				throw new ZoomException.Unavailable("Zoom's answer is not JSON (HTTP " + this.status + ")", ex);
			}
		}

		JsonNode jsonOrEmpty(JsonMapper mapper) {
			if (this.body.length == 0) {
				return mapper.createObjectNode();
			}
			try {
				return mapper.readTree(this.body);
			}
			catch (JacksonException ex) {
				return mapper.createObjectNode();
			}
		}

	}

	/** What a meeting is to look like at Zoom. */
	public record MeetingRequest(String topic, String agenda, Instant startsAt, int durationMinutes, ZoneId zone) {
	}

	/** A meeting Zoom created: its id (an int64, kept as text) and join address. */
	public record Meeting(String id, String joinUrl) {
	}

	/** A registrant of a meeting with their personal join address. */
	public record Registrant(String registrantId, String joinUrl) {
	}

	/**
	 * One row of the past-meeting participants report: one join..leave of one participant (reconnects give more
	 * rows).
	 *
	 * @param id the Zoom user id when signed in, else {@code null}
	 * @param userId the per-meeting participant id
	 */
	public record Participant(@Nullable String id, @Nullable String userId, @Nullable String name,
			@Nullable String email, @Nullable String registrantId, Instant joinedAt, Instant leftAt) {

		/** Who this is, as steadily as Zoom tells: the user id, else the per-meeting id, else the name. */
		public String who() {
			return this.id != null ? this.id : this.userId != null ? this.userId : String.valueOf(this.name);
		}

	}

}
