package id.pelita.learning;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import id.pelita.learning.SurveyAnswers.Rated;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the survey services' tests share: the services, fixtures and a way to fill in a whole form. */
abstract class SurveyTestBase {

	@Autowired
	ApplicationContext context;

	@Autowired
	EvaluationSurveys surveys;

	@Autowired
	SurveyEditor editor;

	@Autowired
	SurveyResults results;

	@Autowired
	JdbcTemplate jdbc;

	SurveyFixtures fixtures;

	@BeforeEach
	void setUpFixtures() {
		this.fixtures = new SurveyFixtures(this.context);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	<T> T as(PelitaUser user, Supplier<T> work) {
		return this.fixtures.live().enrolment().as(user, work);
	}

	<T> T asOrganiser(Supplier<T> work) {
		return this.fixtures.live().enrolment().asSystem(work);
	}

	SurveyForm form(PelitaUser user, long runId, long moduleId) {
		return as(user, () -> this.surveys.form(runId, moduleId));
	}

	/** Every Likert item (each instructor's too) rated {@code rating}, the free-text items answered with {@code text}. */
	static SurveyAnswers all(SurveyForm form, int rating, String text) {
		Map<Rated, Integer> ratings = new HashMap<>();
		Map<Long, String> texts = new HashMap<>();
		for (SurveyItem item : form.items()) {
			switch (item.section()) {
				case ORGANISATION, MATERIALS -> ratings.put(Rated.item(item.id()), rating);
				case INSTRUCTOR -> form.instructors()
					.forEach(instructor -> ratings.put(new Rated(item.id(), instructor), rating));
				case FREE_TEXT -> texts.put(item.id(), text);
			}
		}
		return new SurveyAnswers(form.version(), form.instructors(), ratings, texts);
	}

	void submit(PelitaUser user, long runId, long moduleId, int rating, String text) {
		as(user, () -> {
			SurveyForm form = this.surveys.form(runId, moduleId);
			this.surveys.submit(runId, moduleId, all(form, rating, text));
			return null;
		});
	}

	int rows(String table, long moduleId) {
		Integer count = this.jdbc.queryForObject("select count(*) from " + table + " where module_id = ?",
				Integer.class, moduleId);
		return count == null ? 0 : count;
	}

	static UserFacingException refusal(Executable action) {
		try {
			action.execute();
		}
		catch (UserFacingException ex) {
			return ex;
		}
		catch (Throwable ex) {
			throw new AssertionError("Expected a refusal, got " + ex, ex);
		}
		throw new AssertionError("Expected a refusal");
	}

}
