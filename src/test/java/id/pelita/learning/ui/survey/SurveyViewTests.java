package id.pelita.learning.ui.survey;

import java.time.Duration;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import id.pelita.shared.security.PelitaUser;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyViewTests extends SurveyViewTest {

	@Test
	void aParticipantRatesEveryStatementSubmitsAndIsThanked() {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		this.fixtures.live().session(runId, Duration.ofDays(2), 60);
		PelitaUser participant = this.fixtures.participant(runId);
		signIn(participant);

		SurveyView view = navigate(SurveyView.class, route(runId, moduleId));

		assertThat(view.title.getText()).isEqualTo("Evaluasi Penyelenggaraan");
		assertThat(view.anonymity.getText()).startsWith("Jawaban Anda anonim");
		assertThat(view.panel).isNotNull();
		assertThat(view.panel.ratings.keySet()).anyMatch(rated -> "Dr. Siti Rahma".equals(rated.instructor()));
		view.panel.ratings.values().forEach(group -> group.setValue(5));
		view.panel.texts.values().iterator().next().setValue("Sangat bermanfaat");
		test(view.submit).click();

		assertThat(lastNotification()).isEqualTo("Terima kasih, evaluasi Anda sudah terkirim.");
		assertThat(view.done.isVisible()).isTrue();
		assertThat(view.done.getText()).startsWith("Terima kasih. Anda mengirim evaluasi ini pada ");
		assertThat(view.formArea.isVisible()).isFalse();
		assertThat(view.submit.isVisible()).isFalse();
		Integer stored = this.context.getBean(JdbcTemplate.class)
			.queryForObject("select count(*) from survey_submission where module_id = ?", Integer.class, moduleId);
		assertThat(stored).isEqualTo(1);

		SurveyView again = navigate(SurveyView.class, route(runId, moduleId));
		assertThat(again.done.isVisible()).isTrue();
		assertThat(again.panel).isNull();
	}

	@Test
	void theSubmitThatCompletesTheRunShowsSelesaiAtOnce() {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		PelitaUser participant = this.fixtures.participant(runId);
		signIn(participant);
		SurveyView view = navigate(SurveyView.class, route(runId, moduleId));
		assertThat(view.completed.isVisible()).isFalse();
		assertThat(view.panel).isNotNull();
		view.panel.ratings.values().forEach(group -> group.setValue(4));

		test(view.submit).click();

		assertThat(view.completed.isVisible()).isTrue();
		assertThat(lastNotification()).isEqualTo("Selamat, Anda telah menyelesaikan angkatan ini!");
		assertThat(view.done.getText()).startsWith("Terima kasih. Anda mengirim evaluasi ini pada ");
	}

	@Test
	void aStatementLeftUnratedIsMarkedAndNothingIsSent() {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		PelitaUser participant = this.fixtures.participant(runId);
		signIn(participant);
		SurveyView view = navigate(SurveyView.class, route(runId, moduleId));
		assertThat(view.panel).isNotNull();
		RadioButtonGroup<Integer> skipped = null;
		for (var entry : view.panel.ratings.entrySet()) {
			if (skipped == null) {
				skipped = entry.getValue();
			}
			else {
				entry.getValue().setValue(3);
			}
		}

		test(view.submit).click();

		assertThat(lastNotification())
			.isEqualTo("Masih ada 1 pernyataan yang belum dinilai. Semua pernyataan wajib dinilai 1-5.");
		assertThat(skipped.isInvalid()).isTrue();
		assertThat(view.submit.isEnabled()).isTrue();
		assertThat(view.done.isVisible()).isFalse();
		Integer stored = this.context.getBean(JdbcTemplate.class)
			.queryForObject("select count(*) from survey_submission where module_id = ?", Integer.class, moduleId);
		assertThat(stored).isZero();
	}

	@Test
	void someoneNotEnrolledReadsWhyTheFormIsNotShown() {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		PelitaUser outsider = this.fixtures.participant(this.fixtures.run());
		signIn(outsider);

		SurveyView view = navigate(SurveyView.class, route(runId, moduleId));

		assertThat(view.title.getText()).isEqualTo("Evaluasi tidak dapat dibuka");
		assertThat(view.refusal.getText()).isEqualTo("Evaluasi ini hanya untuk peserta terdaftar angkatan ini.");
		assertThat(view.formArea.isVisible()).isFalse();
		assertThat(view.submit.isVisible()).isFalse();
	}

	@Test
	void aSecondTabThatSubmitsLaterIsToldItWasSentAlready() {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		PelitaUser participant = this.fixtures.participant(runId);
		signIn(participant);
		SurveyView view = navigate(SurveyView.class, route(runId, moduleId));
		submit(participant, runId, moduleId, 4, "");
		signIn(participant);
		view.panel.ratings.values().forEach(group -> group.setValue(2));

		test(view.submit).click();

		assertThat(lastNotification()).isEqualTo("Anda sudah mengirim evaluasi ini. Setiap peserta mengirim satu kali.");
		assertThat(view.done.isVisible()).isTrue();
		assertThat(view.panel).isNull();
	}

}
