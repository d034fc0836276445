package id.pelita.liveclass.ui;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import id.pelita.liveclass.AttendanceFixtures;
import id.pelita.liveclass.LiveClassFixtures;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Browserless tests of the live class pages; they share one application context and create their own runs. "Now"
 * is the real clock: sessions are made relative to it (one in 10 minutes is inside the join window, one in 2 days
 * shows the countdown).
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class LiveClassViewTest extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	LiveClassFixtures fixtures;

	AttendanceFixtures attendance;

	@BeforeEach
	void createFixtures() {
		this.fixtures = new LiveClassFixtures(this.context);
		this.attendance = new AttendanceFixtures(this.context);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	String lastNotification() {
		return test($(Notification.class).last()).getText();
	}

	static Map<String, String> session(long sessionId) {
		return Map.of(SessionView.SESSION_ID, String.valueOf(sessionId));
	}

	static Map<String, String> run(long runId) {
		return Map.of(RunAttendanceView.RUN_ID, String.valueOf(runId));
	}

}
