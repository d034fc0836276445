package id.pelita.liveclass.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import id.pelita.liveclass.JitsiSettings;
import id.pelita.liveclass.internal.JitsiTokens.JitsiUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The HS256 tokens for a self-hosted Jitsi, decoded and checked as Prosody would. */
class JitsiTokensTests {

	private static final String SECRET = "rahasia-bersama-prosody-2026";

	private static final Instant OPENS = Instant.parse("2026-03-02T01:45:00Z");

	private static final Instant ENDS = Instant.parse("2026-03-02T03:30:00Z");

	private final JitsiTokens tokens = new JitsiTokens(
			new JitsiSettings("meet.bpsdm.bantenprov.go.id", "pelita-lms", SECRET));

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aParticipantsTokenCarriesTheClaimsProsodyChecksAndIsSignedWithTheSecret() throws Exception {
		String token = this.tokens.token("pelita-abcdefghijkmnpqrstuvwxyz", OPENS, ENDS,
				new JitsiUser("4711", "Dewi Lestari, S.Kom.", "dewi@example.go.id"), false);

		String[] parts = token.split("\\.");
		assertThat(parts).hasSize(3);
		assertThat(token).doesNotContain("=", "+", "/");
		assertThat(verifies(parts, SECRET)).isTrue();
		assertThat(verifies(parts, "another-secret")).isFalse();

		JsonNode header = decode(parts[0]);
		assertThat(header.get("alg").asString()).isEqualTo("HS256");
		assertThat(header.get("typ").asString()).isEqualTo("JWT");

		JsonNode claims = decode(parts[1]);
		assertThat(claims.get("iss").asString()).isEqualTo("pelita-lms");
		assertThat(claims.get("aud").asString()).isEqualTo("pelita-lms");
		assertThat(claims.get("sub").asString()).isEqualTo("meet.bpsdm.bantenprov.go.id");
		assertThat(claims.get("room").asString()).isEqualTo("pelita-abcdefghijkmnpqrstuvwxyz");
		assertThat(claims.get("nbf").isIntegralNumber()).isTrue();
		assertThat(claims.get("nbf").asLong()).isEqualTo(OPENS.getEpochSecond());
		assertThat(claims.get("exp").isIntegralNumber()).isTrue();
		assertThat(claims.get("exp").asLong()).isEqualTo(ENDS.plusSeconds(3600).getEpochSecond());
		JsonNode user = claims.get("context").get("user");
		assertThat(user.get("id").asString()).isEqualTo("4711");
		assertThat(user.get("name").asString()).isEqualTo("Dewi Lestari, S.Kom.");
		assertThat(user.get("email").asString()).isEqualTo("dewi@example.go.id");
		assertThat(user.get("moderator").isString()).isTrue();
		assertThat(user.get("moderator").asString()).isEqualTo("false");
		assertThat(user.get("affiliation").asString()).isEqualTo("member");
	}

	@Test
	void onlyAHostIsModeratorAndOwner() throws Exception {
		JsonNode user = decode(this.tokens
			.token("pelita-room", OPENS, ENDS, new JitsiUser("1", "Dr. Siti Rahma", null), true)
			.split("\\.")[1]).get("context").get("user");
		assertThat(user.get("moderator").asString()).isEqualTo("true");
		assertThat(user.get("affiliation").asString()).isEqualTo("owner");
	}

	@Test
	void absentNameOrEmailIsLeftOutNeverNull() throws Exception {
		JsonNode user = decode(this.tokens
			.token("pelita-room", OPENS, ENDS, new JitsiUser("42", "Budi", null), false)
			.split("\\.")[1]).get("context").get("user");
		assertThat(user.has("email")).isFalse();
		assertThat(user.properties()).allSatisfy(field -> assertThat(field.getValue().isString()).isTrue());
	}

	@Test
	void theSubjectIsTheHostNameWithoutAPort() throws Exception {
		JitsiTokens withPort = new JitsiTokens(new JitsiSettings("meet.example.go.id:8443", "app", SECRET));
		JsonNode claims = decode(withPort.token("room", OPENS, ENDS, new JitsiUser("1", "A", null), false)
			.split("\\.")[1]);
		assertThat(claims.get("sub").asString()).isEqualTo("meet.example.go.id");
	}

	@Test
	void withoutAppIdAndSecretThereIsNoToken() {
		JitsiTokens open = new JitsiTokens(new JitsiSettings("meet.jit.si", null, null));
		assertThatIllegalStateException()
			.isThrownBy(() -> open.token("room", OPENS, ENDS, new JitsiUser("1", "A", null), false));
	}

	private JsonNode decode(String part) {
		return this.json.readTree(Base64.getUrlDecoder().decode(part));
	}

	private static boolean verifies(String[] parts, String secret) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
		return MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]));
	}

}
