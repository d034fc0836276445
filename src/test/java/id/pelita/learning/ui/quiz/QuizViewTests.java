package id.pelita.learning.ui.quiz;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import id.pelita.learning.QuizFixtures;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class QuizViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	private QuizFixtures fixtures;

	private long runId;

	private long moduleId;

	private PelitaUser ani;

	@BeforeEach
	void quiz() {
		this.fixtures = new QuizFixtures(this.context);
		this.runId = this.fixtures.run(10);
		long category = this.fixtures.category(this.fixtures.courseOf(this.runId), 3);
		this.moduleId = this.fixtures.quizModule(this.runId, "Post-test Naskah Dinas");
		this.fixtures.settings(this.moduleId, QuizFixtures.postTest(category, 3, 20, 2));
		this.ani = this.fixtures.participant(this.runId);
		this.fixtures.enrolment().signIn(this.ani);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aParticipantAnswersOneQuestionPerPageReopensAndSubmits() {
		QuizView view = navigate(QuizView.class, route());
		assertThat(view.title.getText()).isEqualTo("Post-test Naskah Dinas");
		assertThat(view.about.getText()).contains("Post-test", "3 soal", "waktu 20 menit", "sisa 2 dari 2 percobaan");
		assertThat(view.start.getText()).isEqualTo("Mulai kuis");

		test(view.start).click();
		AttemptPanel panel = view.panel;
		assertThat(panel).isNotNull();
		assertThat(panel.fields).hasSize(3);
		assertThat(panel.fields).filteredOn(f -> f.isVisible()).hasSize(1);
		assertThat(panel.timer.getText()).startsWith("Sisa waktu 19:5").matches("Sisa waktu 19:5\\d|Sisa waktu 20:00");
		test(panel.fields.getFirst().single).selectItem("Benar");
		assertThat(panel.saved.getText()).isEqualTo("Jawaban soal 1 tersimpan.");
		assertThat(panel.navigator.getChildren().findFirst().orElseThrow().getClassNames()).contains("answered");
		test(panel.next).click();
		assertThat(panel.fields.get(1).isVisible()).isTrue();

		QuizView reopened = navigate(QuizView.class, route());
		AttemptPanel resumed = reopened.panel;
		assertThat(resumed).isNotNull();
		assertThat(resumed.fields.getFirst().single.getValue().text()).isEqualTo("Benar");
		assertThat(resumed.unanswered()).containsExactly(2, 3);

		test(resumed.submit).click();
		Dialog confirm = resumed.confirm;
		assertThat(confirm).isNotNull();
		assertThat(test(confirm).find(Paragraph.class).single().getText())
			.startsWith("2 soal belum dijawab: nomor 2, 3.");
		Button submitNow = test(confirm).find(Button.class).withText("Kumpulkan sekarang").single();
		test(submitNow).click();

		assertThat(reopened.panel).isNull();
		assertThat(reopened.result.getChildren().findFirst().map(c -> ((Paragraph) c).getText()).orElseThrow())
			.isEqualTo("Nilai: 33,33 (1 dari 3 poin). Belum lulus.");
		assertThat(reopened.start.getText()).isEqualTo("Mulai percobaan baru");
		assertThat(test(reopened.result).find(ReviewPanel.class).exists()).isTrue();
	}

	@Test
	void someoneOutsideTheRunCannotOpenTheQuiz() {
		PelitaUser outsider = QuizFixtures.outsider(this.fixtures);
		this.fixtures.enrolment().signIn(outsider);

		navigate("kursus-saya/" + this.runId + "/kuis/" + this.moduleId, com.vaadin.flow.component.Component.class);

		assertThat(getCurrentView()).isNotInstanceOf(QuizView.class);
	}

	private Map<String, String> route() {
		return Map.of(QuizView.RUN_ID, String.valueOf(this.runId), QuizView.MODULE_ID, String.valueOf(this.moduleId));
	}

}
