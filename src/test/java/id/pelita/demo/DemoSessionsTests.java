package id.pelita.demo;

import java.time.Clock;
import java.util.List;

import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.LiveSessionService;
import id.pelita.notification.NoticeService;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default greets the demo participant with live sessions, one of them open to join right away. */
@SpringBootTest
@ActiveProfiles("test")
class DemoSessionsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void theDemoParticipantHasThreeSessionsAndTheirInvitations() {
		SignIn.as(this.context, "peserta");
		List<LiveSession> mine = this.context.getBean(LiveSessionService.class).mySessions();
		assertThat(mine).hasSizeGreaterThanOrEqualTo(3);
		assertThat(mine).anyMatch(session -> session.title().startsWith("Sesi 1")
				&& !session.startsAt().isBefore(this.clock.instant().minusSeconds(3600)));
		assertThat(this.context.getBean(NoticeService.class).myNoticeCount()).isGreaterThanOrEqualTo(3);
	}

}
