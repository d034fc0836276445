package id.pelita.liveclass.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import id.pelita.liveclass.LiveClassFixtures;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** Browserless tests of the live class pages; they share one application context and create their own runs. */
@SpringBootTest
@ActiveProfiles("test")
abstract class LiveClassViewTest extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	LiveClassFixtures fixtures;

	@BeforeEach
	void createFixtures() {
		this.fixtures = new LiveClassFixtures(this.context);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	String lastNotification() {
		return test($(Notification.class).last()).getText();
	}

}
