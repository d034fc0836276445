package id.pelita.learning.ui.survey;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.learning.SurveyEditor;
import id.pelita.learning.SurveyReport;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyResultsViewTests extends SurveyViewTest {

	@Test
	void theOrganiserSeesFiguresPerItemTheFreeTextAndDownloads() throws Exception {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		submit(this.fixtures.participant(runId), runId, moduleId, 5, "Jadwal terlalu padat");
		submit(this.fixtures.participant(runId), runId, moduleId, 4, "");
		submit(this.fixtures.participant(runId), runId, moduleId, 4, "");
		SignIn.as(this.context, "penyelenggara");

		SurveyResultsView view = navigate(SurveyResultsView.class, Map.of(SurveyResultsView.RUN_ID,
				String.valueOf(runId), SurveyResultsView.MODULE_ID, String.valueOf(moduleId)));

		assertThat(view.summary.getText()).endsWith(": 3 jawaban");
		assertThat(view.empty.isVisible()).isFalse();
		@SuppressWarnings("unchecked")
		Grid<SurveyReport.ItemResult> organisation = $(Grid.class).first();
		assertThat(test(organisation).getCellText(0, 1)).isEqualTo("3");
		assertThat(test(organisation).getCellText(0, 2)).isEqualTo("4,33");
		assertThat(test(organisation).getCellText(0, 6)).isEqualTo("2 (67 %)");
		assertThat($(ListItem.class).all()).extracting(ListItem::getText).contains("Jadwal terlalu padat");

		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		test(view.csv).download(csv);
		assertThat(csv.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFBagian;Narasumber;Pertanyaan;")
			.contains("Jadwal terlalu padat");
	}

	@Test
	void aRunWithOneSurveyOpensItsResultsAndAnEmptyOneSaysSo() {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		SignIn.as(this.context, "penyelenggara");

		navigate("kelola/angkatan/" + runId + "/evaluasi", SurveyResultsView.class);

		SurveyResultsView view = (SurveyResultsView) getCurrentView();
		assertThat(view.empty.isVisible()).isTrue();
		assertThat(view.empty.getText()).isEqualTo("Belum ada peserta yang mengisi evaluasi ini.");
		assertThat(view.title.getText()).isEqualTo("Hasil Evaluasi Penyelenggaraan");
		assertThat(moduleId).isPositive();
	}

	private InstructorSurveysView open(long runId, long moduleId) {
		com.vaadin.flow.component.UI.getCurrent()
			.navigate(InstructorSurveysView.class, com.vaadin.flow.router.QueryParameters.simple(
					Map.of(InstructorSurveysView.RUN, String.valueOf(runId), InstructorSurveysView.MODULE,
							String.valueOf(moduleId))));
		return (InstructorSurveysView) getCurrentView();
	}

	@Test
	void anInstructorSeesNothingBeforeThreeResponsesThenOnlyTheirOwnFigures() {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		EnrolmentFixtures people = this.fixtures.live().enrolment();
		PersonRef lecturer = people.employee(people.agency("36.04.02"));
		people.asSystem(() -> {
			SurveyEditor editor = this.context.getBean(SurveyEditor.class);
			editor.addInstructor(moduleId, "Drs. Ahmad Fauzi", lecturer.nip());
			editor.addInstructor(moduleId, "Ir. Bambang", null);
			return null;
		});
		submit(this.fixtures.participant(runId), runId, moduleId, 5, "Rahasia sekali");
		submit(this.fixtures.participant(runId), runId, moduleId, 3, "");
		PelitaUser instructor = EnrolmentFixtures.participant(lecturer);
		signIn(instructor);
		InstructorSurveysView view = open(runId, moduleId);
		assertThat(view.list.getChildren()).hasSize(1);
		assertThat(view.withheld.isVisible()).isTrue();
		assertThat(view.withheld.getText()).startsWith("Rangkuman tampil setelah paling sedikit 3 peserta menjawab (saat ini 2)");
		assertThat($(Grid.class).all()).isEmpty();

		submit(this.fixtures.participant(runId), runId, moduleId, 4, "");
		signIn(instructor);
		view = open(runId, moduleId);
		assertThat(view.withheld.isVisible()).isFalse();
		assertThat($(Grid.class).all()).isNotEmpty();
		assertThat($(com.vaadin.flow.component.html.H4.class).all()).extracting(h -> h.getText())
			.contains("Drs. Ahmad Fauzi")
			.doesNotContain("Ir. Bambang");
		assertThat($(ListItem.class).all()).extracting(ListItem::getText).doesNotContain("Rahasia sekali");
	}

}
