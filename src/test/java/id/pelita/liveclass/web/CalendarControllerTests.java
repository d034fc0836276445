package id.pelita.liveclass.web;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.identity.AccountService;
import id.pelita.identity.NewAccount;
import id.pelita.liveclass.CalendarFeedService;
import id.pelita.liveclass.LiveClassFixtures;
import id.pelita.liveclass.LiveSessionService;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.H2Test;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar files over HTTP, through the application's security filter chains: a session's file for those who
 * may see the session, and the personal feed that calendar programs fetch without signing in.
 */
@H2Test
class CalendarControllerTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	LiveSessionService sessions;

	@Autowired
	CalendarFeedService feeds;

	@Autowired
	AccountService accounts;

	private LiveClassFixtures fixtures;

	private MockMvc mvc;

	private long runId;

	@BeforeEach
	void setUp(@Autowired WebApplicationContext web) {
		this.mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
		this.fixtures = new LiveClassFixtures(this.context);
		this.runId = this.fixtures.run();
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aConfirmedParticipantDownloadsTheSessionAsACalendarFile() throws Exception {
		long sessionId = this.fixtures.session(this.runId, Duration.ofDays(3), 90);
		PelitaUser participant = activeParticipant(this.runId);
		MvcResult result = this.mvc.perform(get("/calendar/session/" + sessionId + ".ics").with(as(participant)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"pelita-sesi-" + sessionId + ".ics\""))
			.andReturn();
		Calendar calendar = parse(result);
		assertThat(calendar.validate().getEntries()).isEmpty();
		assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
		VEvent event = events(calendar).getFirst();
		assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("session-" + sessionId + "@localhost");
		assertThat(event.getUrl().getValue()).isEqualTo("http://localhost:8080/sesi/" + sessionId);
		assertThat(body(result)).contains("DTSTART;TZID=Asia/Jakarta:");
	}

	@Test
	void someoneWithoutASeatIsRefusedAndAnUnknownSessionIsNotFound() throws Exception {
		long sessionId = this.fixtures.session(this.runId, Duration.ofDays(3), 60);
		PelitaUser outsider = activeParticipant(this.fixtures.run());
		this.mvc.perform(get("/calendar/session/" + sessionId + ".ics").with(as(outsider)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/calendar/session/987654321.ics").with(as(outsider))).andExpect(status().isNotFound());
	}

	@Test
	void anAnonymousVisitorIsSentToSignInForASessionFile() throws Exception {
		long sessionId = this.fixtures.session(this.runId, Duration.ofDays(3), 60);
		MvcResult result = this.mvc.perform(get("/calendar/session/" + sessionId + ".ics"))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void theFeedListsOnlyThePersonsSessionsWithCancelledOnesMarked() throws Exception {
		long kept = this.fixtures.session(this.runId, Duration.ofDays(3), 90);
		long cancelled = this.fixtures.session(this.runId, Duration.ofDays(4), 60);
		long elsewhere = this.fixtures.session(this.fixtures.run(), Duration.ofDays(3), 60);
		this.fixtures.enrolment().asSystem(() -> {
			this.sessions.cancel(cancelled, "Narasumber berhalangan");
			return null;
		});
		PelitaUser participant = activeParticipant(this.runId);
		String feedUrl = this.fixtures.enrolment().as(participant, this.feeds::renew);
		assertThat(feedUrl).matches("http://localhost:8080/calendar/feed/[A-Za-z0-9_-]{43}\\.ics");

		MvcResult result = this.mvc.perform(get(path(feedUrl)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andExpect(header().string("Cache-Control", "private, max-age=300"))
			.andReturn();
		assertThat(result.getResponse().getHeader("Set-Cookie")).as("no session for a calendar program").isNull();
		Calendar calendar = parse(result);
		assertThat(calendar.validate().getEntries()).isEmpty();
		List<VEvent> events = events(calendar);
		assertThat(events).extracting(event -> event.getUid().orElseThrow().getValue())
			.containsExactly("session-" + kept + "@localhost", "session-" + cancelled + "@localhost")
			.doesNotContain("session-" + elsewhere + "@localhost");
		VEvent gone = events.get(1);
		assertThat(gone.getStatus().getValue()).isEqualTo("CANCELLED");
		assertThat(gone.getSequence().getSequenceNo()).isEqualTo(1);
		assertThat(events.getFirst().getStatus().getValue()).isEqualTo("CONFIRMED");
		assertThat(events.getFirst().getSequence().getSequenceNo()).isZero();
		assertThat(body(result)).contains("X-WR-CALNAME:Pelita – sesi kelas saya");
	}

	@Test
	void aRenewedFeedAddressReplacesTheOldOneAndUnknownOnesAreNotFound() throws Exception {
		this.fixtures.session(this.runId, Duration.ofDays(3), 60);
		PelitaUser participant = activeParticipant(this.runId);
		String first = this.fixtures.enrolment().as(participant, this.feeds::renew);
		this.mvc.perform(get(path(first))).andExpect(status().isOk());
		String second = this.fixtures.enrolment().as(participant, this.feeds::renew);
		assertThat(second).isNotEqualTo(first);
		this.mvc.perform(get(path(first))).andExpect(status().isNotFound());
		this.mvc.perform(get(path(second))).andExpect(status().isOk());
		this.mvc.perform(post(path(second))).andExpect(status().is4xxClientError());
		this.fixtures.enrolment().as(participant, () -> {
			this.feeds.revoke();
			return null;
		});
		this.mvc.perform(get(path(second))).andExpect(status().isNotFound());
		this.mvc.perform(get("/calendar/feed/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/calendar/feed/kurang.ics")).andExpect(status().isNotFound());
	}

	@Test
	void theFeedOfADisabledAccountStopsWorking() throws Exception {
		PelitaUser participant = activeParticipant(this.runId);
		String url = this.fixtures.enrolment().as(participant, this.feeds::renew);
		this.mvc.perform(get(path(url))).andExpect(status().isOk());
		this.fixtures.enrolment().asSystem(() -> {
			this.accounts.setEnabled(participant.accountId(), false);
			return null;
		});
		this.mvc.perform(get(path(url))).andExpect(status().isNotFound());
	}

	/** A participant who can sign in (status ACTIVE) with a confirmed seat in the run. */
	private PelitaUser activeParticipant(long runId) {
		String username = TestData.username("kalender");
		long accountId = this.fixtures.enrolment()
			.asSystem(() -> this.accounts.createSystemAccount(new NewAccount(username, "Rina Kartika", null,
					TestData.nip(), null, this.fixtures.enrolment().agency("36.04.02"), Set.of(Role.PARTICIPANT),
					"Kalender2026sandi")));
		PelitaUser user = new PelitaUser(accountId, username, null, "Rina Kartika", true,
				EnumSet.of(Role.PARTICIPANT), this.fixtures.enrolment().agency("36.04.02"), Translations.INDONESIAN,
				IndonesianTime.WIB);
		this.fixtures.enrolment().as(user, () -> this.context.getBean(ParticipantEnrolments.class).enrol(runId));
		return user;
	}

	/**
	 * Signs the request in through the security chain, and this thread for {@code CurrentUser} too: with several
	 * test contexts in one JVM the two may hold different security context strategies (see {@link SignIn}).
	 */
	private org.springframework.test.web.servlet.request.RequestPostProcessor as(PelitaUser user) {
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		SignIn.use(this.context, authentication);
		return authentication(authentication);
	}

	private static String path(String url) {
		return url.substring("http://localhost:8080".length());
	}

	private static String body(MvcResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static Calendar parse(MvcResult result) throws Exception {
		return new CalendarBuilder().build(new InputStreamReader(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()), StandardCharsets.UTF_8));
	}

	private static List<VEvent> events(Calendar calendar) {
		return calendar.getComponents("VEVENT");
	}

}
