package id.pelita.liveclass;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import id.pelita.liveclass.SessionPlanning.ProviderChoice;
import id.pelita.liveclass.internal.JoinClicks;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A third video provider is one bean and its settings: with {@link BigBlueButtonForTests} registered (and nothing
 * else changed) organisers can pick it, schedule, move and cancel its sessions, everyone sees it named in lists and
 * calendar files, and participants and hosts join through their own signed links (H2 and PostgreSQL subclasses).
 */
@Import(VideoProviderPortTests.ThirdProvider.class)
@TestPropertySource(properties = { "pelita.bbb.url=https://bbb.example.test/bigbluebutton",
		"pelita.bbb.secret=test-secret-330e8c5" })
abstract class VideoProviderPortTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	LiveSessionService sessions;

	@Autowired
	SessionJoinService joins;

	@Autowired
	SessionPlanning planning;

	@Autowired
	BigBlueButtonForTests bbb;

	private LiveClassFixtures fixtures;

	private long runId;

	@BeforeEach
	void run() {
		this.fixtures = new LiveClassFixtures(this.context);
		this.runId = this.fixtures.run();
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void organisersCanPickTheThirdProviderAfterJitsiAndZoom() {
		SignIn.as(this.context, "penyelenggara");
		assertThat(this.planning.providers()).containsExactly(
				new ProviderChoice("JITSI", "liveclass.provider.JITSI", true),
				new ProviderChoice("ZOOM", "liveclass.provider.ZOOM", false),
				new ProviderChoice("BBB", "liveclass.provider.BBB", true));
		assertThat(this.planning.defaultProvider()).as("pelita.video.provider is not set").isEqualTo("JITSI");
	}

	@Test
	void itsSessionsAreScheduledMovedCancelledAndListedThroughTheServices() {
		SignIn.as(this.context, "penyelenggara");
		LocalDate day = LocalDate.now(IndonesianTime.WIB).plusDays(3);
		long id = this.sessions.schedule(new SessionDraft(this.runId, "Sesi BigBlueButton", day, LocalTime.of(9, 0),
				IndonesianTime.WIB, 90, "BBB", null, "Dr. Siti Rahma"));

		LiveSession scheduled = this.sessions.session(id);
		assertThat(scheduled.provider()).isEqualTo("BBB");
		assertThat(scheduled.meetingState()).isEqualTo(MeetingState.READY);
		assertThat(this.bbb.calls).containsExactly("create " + id + " Sesi BigBlueButton");
		assertThat(this.sessions.sessionsOfRun(this.runId)).extracting(LiveSession::id, LiveSession::provider)
			.containsExactly(tuple(id, "BBB"));
		assertThat(new Translations().translate(scheduled.providerLabelKey(), Translations.INDONESIAN))
			.isEqualTo("BigBlueButton");
		assertThat(this.context.getBean(SessionCalendar.class).single(scheduled).replace("\r\n ", ""))
			.contains("BigBlueButton");

		this.sessions.move(id, day.plusDays(1), LocalTime.of(13, 0), IndonesianTime.WIB, 60);
		assertThat(this.bbb.calls).last()
			.isEqualTo("update " + id + " " + day.plusDays(1).atTime(13, 0).atZone(IndonesianTime.WIB).toInstant());
		assertThat(this.sessions.session(id).sequence()).isEqualTo(1);

		this.sessions.cancel(id, "Narasumber berhalangan");
		assertThat(this.bbb.calls).last().isEqualTo("delete " + id);
		assertThat(this.sessions.session(id).cancelled()).isTrue();
	}

	@Test
	void participantsAndHostsJoinThroughTheirOwnSignedLinks() {
		long id = this.fixtures.session(this.runId, Duration.ofMinutes(10), 60, "BBB");
		PelitaUser participant = this.fixtures.confirmedParticipant(this.runId);
		this.fixtures.enrolment().signIn(participant);
		LiveSession session = this.sessions.session(id);
		assertThat(this.joins.embeds(session)).isFalse();

		Map<String, String> link = query(this.joins.link(id));

		assertThat(link).containsEntry("meetingID", "pelita-" + id)
			.containsEntry("role", "VIEWER")
			.containsEntry("userID", String.valueOf(participant.accountId()));
		assertThat(link.get("fullName")).startsWith("Pegawai");
		assertThat(this.context.getBean(JoinClicks.class).count(id, participant.accountId())).isEqualTo(1);
		assertRefused(() -> this.joins.embedding(id), "attendance.error.otherProvider");
		assertRefused(() -> this.joins.joined(id, "abcdef0123456789"), "attendance.error.otherProvider");

		SignIn.as(this.context, "penyelenggara");
		assertThat(query(this.joins.link(id))).containsEntry("role", "MODERATOR");
	}

	/** The link's query, checked against its checksum as the BigBlueButton server would. */
	private static Map<String, String> query(String url) {
		assertThat(url).startsWith("https://bbb.example.test/bigbluebutton/api/join?");
		String query = URI.create(url).getRawQuery();
		int checksum = query.lastIndexOf("&checksum=");
		assertThat(query.substring(checksum + "&checksum=".length()))
			.isEqualTo(BigBlueButtonForTests.checksum("join", query.substring(0, checksum), "test-secret-330e8c5"));
		return Arrays.stream(query.substring(0, checksum).split("&"))
			.map(pair -> pair.split("=", 2))
			.collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
	}

	private static void assertRefused(Runnable action, String key) {
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(action::run)
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo(key));
	}

	/** Registers the third provider like any installation would: one bean and its settings. */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(BigBlueButtonForTests.Settings.class)
	static class ThirdProvider {

		@Bean
		BigBlueButtonForTests bigBlueButton(BigBlueButtonForTests.Settings settings) {
			return new BigBlueButtonForTests(settings);
		}

	}

}
