package id.pelita.enrolment.ui;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import id.pelita.catalog.RunService;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** Browserless tests of the enrolment pages; they share one application context and create their own runs. */
@SpringBootTest
@ActiveProfiles("test")
abstract class EnrolmentViewTest extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	RunService runs;

	EnrolmentFixtures fixtures;

	@BeforeEach
	void createFixtures() {
		this.fixtures = new EnrolmentFixtures(this.context);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	String lastNotification() {
		return test($(Notification.class).last()).getText();
	}

	static Map<String, String> run(long runId) {
		return Map.of(RunPageView.RUN_ID, String.valueOf(runId));
	}

}
