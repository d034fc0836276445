package id.pelita.liveclass.internal.zoom;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import id.pelita.liveclass.ZoomSettings;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one gateway to Zoom's REST API: meetings, registrants and the past-meeting participants report, with a
 * Server-to-Server OAuth token from {@link ZoomAccessTokens}, dropped and fetched again once when Zoom answers 401. Every failure becomes a {@link ZoomException} the caller can act on.
 * Tokens and secrets are never logged nor put into messages.
 */
public class ZoomClient implements AutoCloseable {

	/** Zoom's error code for a meeting that does not exist (any more). */
	static final int MEETING_NOT_FOUND = 3001;

	private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

	private final ZoomSettings settings;

	private final JsonMapper json;

	private final Clock clock;

	private final OkHttpClient http;

	private final HttpUrl api;

	private final ZoomAccessTokens tokens;

	private final ZoomCallOutcomes outcomes;

	public ZoomClient(ZoomSettings settings, JsonMapper json, Clock clock) {
		this(settings, json, clock, ZoomCallOutcomes.NONE);
	}

	/** A client that reports how each of its calls ended to {@code outcomes}. */
	public ZoomClient(ZoomSettings settings, JsonMapper json, Clock clock, ZoomCallOutcomes outcomes) {
		this.settings = settings;
		this.outcomes = outcomes;
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
		this.tokens = new ZoomAccessTokens(settings, json, clock, this.http);
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
		ZoomAnswer answer = call("POST", url("users", this.settings.hostUser(), "meetings"), body, true);
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

	private ZoomAnswer call(String method, HttpUrl url, @Nullable JsonNode body, boolean meetingWrite) {
		try {
			ZoomAnswer answer = attempt(method, url, body, meetingWrite);
			this.outcomes.succeeded(this.clock.instant());
			return answer;
		}
		catch (ZoomException.Refused refused) {
			if (refused.notFound() && "DELETE".equals(method)) {
				this.outcomes.succeeded(this.clock.instant());
			}
			else {
				this.outcomes.failed(this.clock.instant(), refused.describe());
			}
			throw refused;
		}
		catch (ZoomException failure) {
			this.outcomes.failed(this.clock.instant(), failure.describe());
			throw failure;
		}
	}

	private ZoomAnswer attempt(String method, HttpUrl url, @Nullable JsonNode body, boolean meetingWrite) {
		RequestBody requestBody = body == null ? null : RequestBody.create(this.json.writeValueAsBytes(body), JSON);
		String bearer = this.tokens.token();
		ZoomAnswer answer = ZoomAnswer.send(this.http, request(method, url, requestBody, bearer));
		if (answer.status() == 401) {
			this.tokens.forget(bearer);
			answer = ZoomAnswer.send(this.http, request(method, url, requestBody, this.tokens.token()));
		}
		if (answer.successful()) {
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

	private ZoomException failure(ZoomAnswer answer, boolean meetingWrite) {
		int status = answer.status();
		JsonNode error = answer.jsonOrEmpty(this.json);
		String zoomMessage = message(error);
		if (status == 429) {
			return ZoomException.RateLimited.of(answer.headers(), meetingWrite, zoomMessage, this.clock.instant());
		}
		if (answer.serverError()) {
			return new ZoomException.Unavailable(
					"Zoom answered HTTP " + status + (zoomMessage == null ? "" : ": " + zoomMessage));
		}
		Integer code = error.path("code").isNumber() ? error.path("code").asInt() : null;
		return new ZoomException.Refused(status, code, zoomMessage == null ? "Zoom answered HTTP " + status : zoomMessage);
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

	private static @Nullable String text(JsonNode node, String field) {
		return ZoomAnswer.text(node, field);
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
