package id.pelita.liveclass.internal.zoom;

import java.util.Optional;

import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.internal.ZoomJoinLinks;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static id.pelita.liveclass.internal.zoom.ZoomMockServer.body;
import static id.pelita.liveclass.internal.zoom.ZoomMockServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Personal Zoom join addresses: registered on the first Join click, reused afterwards. */
class ZoomRegistrantsTests extends ZoomTestContext {

	@Autowired
	ZoomJoinLinks joinLinks;

	@Autowired
	JsonMapper json;

	@Test
	void theFirstClickRegistersTheParticipantWithTheirNameAndEmailAndLaterClicksReuseTheAddress() {
		LiveSession session = zoomSessionWithMeeting();
		Participant siti = participantWithEmail("Siti Nurhaliza Rahma");

		Optional<String> first = this.joinLinks.joinUrlFor(session.id(), siti.accountId());
		assertThat(first).hasValueSatisfying(url -> assertThat(url)
			.startsWith("https://us02web.zoom.us/w/" + meetingId(session.id()) + "?tk=")
			.isNotEqualTo(session.joinUrl()));
		RecordedRequest register = ZOOM.takeApiRequest();
		assertThat(register.getMethod()).isEqualTo("POST");
		assertThat(register.getUrl().encodedPath()).isEqualTo("/v2/meetings/" + meetingId(session.id()) + "/registrants");
		JsonNode body = this.json.readTree(body(register));
		assertThat(body.get("email").asString()).isEqualToIgnoringCase(siti.email());
		assertThat(body.get("first_name").asString()).isEqualTo("Siti Nurhaliza");
		assertThat(body.get("last_name").asString()).isEqualTo("Rahma");
		assertThat(body.get("auto_approve").asBoolean()).isTrue();

		assertThat(this.joinLinks.joinUrlFor(session.id(), siti.accountId())).isEqualTo(first);
		assertThat(ZOOM.pendingApiRequests()).as("the second click asks Zoom nothing").isZero();
	}

	@Test
	void whenZoomTakesNoRegistrantsTheMeetingsOwnAddressIsUsed() {
		LiveSession session = zoomSessionWithMeeting();
		Participant budi = participantWithEmail("Budi");
		ZOOM.enqueue(json(400, "{\"code\":200,\"message\":\"Only available for paid users: " + meetingId(session.id())
				+ ".\"}"));
		assertThat(this.joinLinks.joinUrlFor(session.id(), budi.accountId())).isEmpty();
		assertThat(ZOOM.takeApiRequest().getUrl().encodedPath()).endsWith("/registrants");

		assertThat(this.joinLinks.joinUrlFor(session.id(), budi.accountId())).as("asked again on the next click")
			.hasValueSatisfying(url -> assertThat(url).contains("/w/"));
		JsonNode body = this.json.readTree(body(ZOOM.takeApiRequest()));
		assertThat(body.get("first_name").asString()).isEqualTo("Budi");
		assertThat(body.has("last_name")).isFalse();
	}

	@Test
	void noPersonalAddressBeforeTheMeetingExistsOrWithoutAnEmail() {
		long pending = zoomSession();
		Participant rina = participantWithEmail("Rina");
		assertThat(this.joinLinks.joinUrlFor(pending, rina.accountId())).isEmpty();

		LiveSession session = zoomSessionWithMeeting();
		long withoutEmail = this.fixtures.confirmedParticipant(this.runId).accountId();
		assertThat(this.joinLinks.joinUrlFor(session.id(), withoutEmail)).isEmpty();
		assertThat(ZOOM.pendingApiRequests()).isZero();
	}

	@Test
	void namesAreSplitAtTheLastWord() {
		assertThat(ZoomRegistrants.splitName("  Siti   Nurhaliza Rahma ")).containsExactly("Siti Nurhaliza", "Rahma");
		assertThat(ZoomRegistrants.splitName("Sukarno")).containsExactly("Sukarno", null);
	}

}
