package id.pelita.learning.ui.survey;

import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import id.pelita.learning.EvaluationSurveys;
import id.pelita.learning.SurveyFixtures;
import id.pelita.learning.SurveyForm;
import id.pelita.learning.SurveyItem;
import id.pelita.learning.SurveySection;
import id.pelita.learning.SurveyAnswers;
import id.pelita.learning.SurveyAnswers.Rated;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

/** Browserless tests of the survey pages; they share one application context and create their own runs. */
@SpringBootTest
@ActiveProfiles("test")
abstract class SurveyViewTest extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	SurveyFixtures fixtures;

	@BeforeEach
	void createFixtures() {
		this.fixtures = new SurveyFixtures(this.context);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	String lastNotification() {
		return test($(Notification.class).last()).getText();
	}

	/** Signs the user in for the pages (the fixtures' sign-ins restore who was signed in before). */
	void signIn(PelitaUser user) {
		SignIn.use(this.context, UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	<T> T as(PelitaUser user, Supplier<T> work) {
		return this.fixtures.live().enrolment().as(user, work);
	}

	/** Submits the whole form as the participant, every statement rated {@code rating}. */
	void submit(PelitaUser participant, long runId, long moduleId, int rating, String text) {
		EvaluationSurveys surveys = this.context.getBean(EvaluationSurveys.class);
		as(participant, () -> {
			SurveyForm form = surveys.form(runId, moduleId);
			Map<Rated, Integer> ratings = new java.util.HashMap<>();
			Map<Long, String> texts = new java.util.HashMap<>();
			for (SurveyItem item : form.items()) {
				if (item.section() == SurveySection.INSTRUCTOR) {
					form.instructors().forEach(name -> ratings.put(new Rated(item.id(), name), rating));
				}
				else if (item.section().likert()) {
					ratings.put(Rated.item(item.id()), rating);
				}
				else {
					texts.put(item.id(), text);
				}
			}
			surveys.submit(runId, moduleId, new SurveyAnswers(form.version(), form.instructors(), ratings, texts));
			return null;
		});
	}

	static Map<String, String> route(long runId, long moduleId) {
		return Map.of(SurveyView.RUN_ID, String.valueOf(runId), SurveyView.MODULE_ID, String.valueOf(moduleId));
	}

}
