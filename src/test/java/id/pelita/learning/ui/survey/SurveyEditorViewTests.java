package id.pelita.learning.ui.survey;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.ui.AccessDeniedView;
import id.pelita.shared.ui.HomeView;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyEditorViewTests extends SurveyViewTest {

	@Test
	void theOrganiserAddsAQuestionAndAnInstructor() {
		long runId = this.fixtures.run();
		long courseId = this.fixtures.courseOf(runId);
		long moduleId = this.fixtures.runModule(runId);
		SignIn.as(this.context, "penyelenggara");

		SurveyEditorView view = navigate(SurveyEditorView.class, editorRoute(courseId, moduleId));

		assertThat(view.title.getText()).isEqualTo("Evaluasi Penyelenggaraan");
		assertThat(view.scope.getText()).startsWith("Evaluasi angkatan: ");
		assertThat(view.locked.isVisible()).isFalse();
		assertThat(view.results.getHref()).isEqualTo("kelola/angkatan/" + runId + "/evaluasi/" + moduleId);
		test($(TextField.class).id("survey-new-item-materials")).setValue("Studi kasus sesuai pekerjaan.");
		test($(Button.class).id("survey-add-item-materials")).click();
		assertThat(lastNotification()).isEqualTo("Pertanyaan ditambahkan.");
		assertThat($(TextField.class).all()).anyMatch(field -> field.getValue().equals("Studi kasus sesuai pekerjaan."));

		test($(Button.class).id("survey-add-item-materials")).click();
		assertThat(lastNotification()).isEqualTo("Tuliskan teks pertanyaannya.");

		test(view.instructors.name).setValue("Drs. Ahmad Fauzi");
		test($(Button.class).id("survey-add-instructor")).click();
		assertThat(lastNotification()).isEqualTo("Narasumber ditambahkan.");
		assertThat(view.instructors.source.getText()).isEqualTo("Daftar ini ditetapkan di sini.");
		assertThat($(Button.class).id("survey-follow-sessions")).isNotNull();
	}

	@Test
	void afterTheFirstResponseTheEditorOnlyShowsTheSurvey() {
		long runId = this.fixtures.run();
		long courseId = this.fixtures.courseOf(runId);
		long moduleId = this.fixtures.runModule(runId);
		PelitaUser participant = this.fixtures.participant(runId);
		submit(participant, runId, moduleId, 4, "");
		SignIn.as(this.context, "penyelenggara");

		SurveyEditorView view = navigate(SurveyEditorView.class, editorRoute(courseId, moduleId));

		assertThat(view.locked.isVisible()).isTrue();
		assertThat(view.locked.getText()).isEqualTo("Sudah ada 1 jawaban. Pertanyaan dan narasumber tidak dapat diubah lagi.");
		assertThat($(Button.class).all()).noneMatch(button -> "survey-add-item-materials".equals(button.getId().orElse("")));
		assertThat($(TextField.class).all()).filteredOn(field -> !field.getValue().isEmpty())
			.allMatch(TextField::isReadOnly);
	}

	@Test
	void participantsAreTurnedAway() {
		long runId = this.fixtures.run();
		long courseId = this.fixtures.courseOf(runId);
		long moduleId = this.fixtures.runModule(runId);
		signIn(this.fixtures.participant(runId));
		navigate(HomeView.class);
		navigate("kelola/kursus/" + courseId + "/evaluasi/" + moduleId, AccessDeniedView.class);
		assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
	}

	private static Map<String, String> editorRoute(long courseId, long moduleId) {
		return Map.of(SurveyEditorView.COURSE_ID, String.valueOf(courseId), SurveyEditorView.MODULE_ID,
				String.valueOf(moduleId));
	}

}
