package id.pelita.learning.ui.survey;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.learning.SurveyFixtures;
import id.pelita.support.BrowserTest;
import id.pelita.support.SignIn;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The demo participant fills in the evaluation of a run of its own (the demo run stays as the demo left it, for
 * the learning journey) on a phone-sized screen: an unrated statement is pointed out,
 * then every statement rated, the form submitted, and a reload still says thank you instead of offering the form.
 */
class SurveyBrowserTests extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoParticipantFillsInTheEvaluationOnAPhoneOnce() {
		SurveyFixtures fixtures = new SurveyFixtures(this.context);
		long runId = fixtures.run();
		long moduleId = fixtures.runModule(runId);
		SignIn.as(this.context, "peserta");
		this.context.getBean(ParticipantEnrolments.class).enrol(runId);
		SignIn.out();
		this.page.setViewportSize(390, 844);
		this.page.navigate("/login");
		submitSignInForm("peserta", SignIn.DEMO_PASSWORD);
		assertThat(this.page).hasURL(Pattern.compile("/beranda$"));

		this.page.navigate("/kursus-saya/" + runId + "/evaluasi/" + moduleId);
		assertThat(this.page.getByText("Jawaban Anda anonim", new Page.GetByTextOptions()))
			.isVisible();
		Locator groups = this.page.locator("vaadin-radio-group.survey-rating");
		assertThat(groups.first()).isVisible();
		int count = groups.count();
		for (int i = 1; i < count; i++) {
			groups.nth(i).locator("vaadin-radio-button").nth(3).click();
		}
		button("Kirim evaluasi").click();
		assertThat(this.page.getByText("Masih ada 1 pernyataan yang belum dinilai.",
				new Page.GetByTextOptions())).isVisible();
		assertThat(groups.first()).hasAttribute("invalid", "");

		groups.first().locator("vaadin-radio-button").nth(4).click();
		this.page.locator("vaadin-text-area").first().locator("textarea").fill("Materi sangat membantu pekerjaan.");
		button("Kirim evaluasi").click();
		assertThat(this.page.getByText("Terima kasih. Anda mengirim evaluasi ini pada",
				new Page.GetByTextOptions())).isVisible();

		this.page.reload();
		assertThat(this.page.getByText("Terima kasih. Anda mengirim evaluasi ini pada",
				new Page.GetByTextOptions())).isVisible();
		assertThat(button("Kirim evaluasi")).isHidden();
		Integer responses = this.jdbc.queryForObject("select count(*) from survey_response where module_id = ?",
				Integer.class, moduleId);
		Assertions.assertThat(responses).isEqualTo(1);
	}

}
