package id.pelita.liveclass.web;

import java.util.Map;

import id.pelita.liveclass.internal.zoom.ZoomConfigured;
import id.pelita.liveclass.internal.zoom.ZoomSignature;
import id.pelita.liveclass.internal.zoom.ZoomWebhookEvents;
import io.swagger.v3.oas.annotations.Hidden;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Zoom's webhook deliveries, {@code POST /api/v1/webhooks/zoom}: no API token (the path is left out of the bearer
 * authentication); instead every delivery must carry Zoom's signature over the raw body, made less than five
 * minutes ago, else 401. The URL validation challenge is answered with the encrypted token; meeting events are
 * recorded at once (a small database write) and answered 204, well within Zoom's three seconds.
 */
@Hidden
@RestController
@Conditional(ZoomConfigured.class)
class ZoomWebhookController {

	static final String PATH = "/api/v1/webhooks/zoom";

	private final ZoomSignature signature;

	private final ZoomWebhookEvents events;

	private final JsonMapper json;

	ZoomWebhookController(ZoomSignature signature, ZoomWebhookEvents events, JsonMapper json) {
		this.signature = signature;
		this.events = events;
		this.json = json;
	}

	@PostMapping(PATH)
	ResponseEntity<?> receive(@RequestBody(required = false) byte @Nullable [] body,
			@RequestHeader(name = "x-zm-signature", required = false) @Nullable String signature,
			@RequestHeader(name = "x-zm-request-timestamp", required = false) @Nullable String timestamp) {
		byte[] raw = body == null ? new byte[0] : body;
		if (!this.signature.valid(raw, timestamp, signature)) {
			return problem(HttpStatus.UNAUTHORIZED, "The Zoom signature is missing, wrong or too old.");
		}
		JsonNode delivery;
		try {
			delivery = this.json.readTree(raw);
		}
		catch (JacksonException ex) {
			return problem(HttpStatus.BAD_REQUEST, "The body is not JSON.");
		}
		if ("endpoint.url_validation".equals(delivery.path("event").asString(""))) {
			String plainToken = delivery.path("payload").path("plainToken").asString("");
			if (plainToken.isEmpty()) {
				return problem(HttpStatus.BAD_REQUEST, "The URL validation carries no plainToken.");
			}
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("plainToken", plainToken, "encryptedToken", this.signature.encryptedToken(plainToken)));
		}
		this.events.handle(delivery);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
