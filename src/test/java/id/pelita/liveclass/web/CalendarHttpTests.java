package id.pelita.liveclass.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import id.pelita.liveclass.CalendarFeedService;
import id.pelita.liveclass.LiveClassFixtures;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar addresses on a running server, as a calendar program and a browser reach them: the feed answers
 * without a session or sign-in, the session file sends the visitor to sign in first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalendarHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CalendarFeedService feeds;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aCalendarProgramFetchesTheFeedWithoutSigningIn() throws Exception {
		LiveClassFixtures fixtures = new LiveClassFixtures(this.context);
		long runId = fixtures.run();
		long sessionId = fixtures.session(runId, Duration.ofDays(3), 60);
		PelitaUser participant = fixtures.confirmedParticipant(runId);
		String url = fixtures.enrolment().as(participant, this.feeds::renew);
		// A confirmed participant of the fixtures is still awaiting activation: their feed is refused ...
		assertThat(get(path(url)).statusCode()).isEqualTo(404);
		// ... while the shape of the answer to a calendar program is checked with the demo participant
		PelitaUser demo = (PelitaUser) SignIn.as(this.context, "peserta").getPrincipal();
		String demoUrl = fixtures.enrolment().as(demo, this.feeds::renew);
		HttpResponse<String> feed = get(path(demoUrl));
		fixtures.enrolment().as(demo, this.feeds::revoke);
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type")).contains("text/calendar;charset=UTF-8");
		assertThat(feed.headers().firstValue("Cache-Control")).contains("private, max-age=300");
		assertThat(feed.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("METHOD:PUBLISH\r\n");
		HttpResponse<String> file = get("/calendar/session/" + sessionId + ".ics");
		assertThat(file.statusCode()).isEqualTo(302);
		assertThat(URI.create(file.headers().firstValue("Location").orElseThrow()).getPath()).isEqualTo("/login");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String path(String url) {
		return url.substring("http://localhost:8080".length());
	}

}
