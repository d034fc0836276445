package id.pelita.enrolment.ui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.component.html.ListItem;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.enrolment.EnrolmentStatus;
import id.pelita.enrolment.Participant;
import id.pelita.identity.PersonRef;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantsViewTests extends EnrolmentViewTest {

	@Autowired
	ParticipantEnrolments enrolments;

	@Test
	void organiserAddsAndRemovesParticipantsWithAReason() {
		long runId = this.fixtures.openRun(1, Map.of(), EnrolmentMode.OPEN);
		List<PersonRef> people = this.fixtures.employees(2, this.fixtures.agency("36.04.02"));
		this.fixtures.as(EnrolmentFixtures.participant(people.get(0)), () -> this.enrolments.enrol(runId));
		SignIn.as(this.context, "penyelenggara");
		ParticipantsView view = navigate(ParticipantsView.class, run(runId));
		assertThat(test(view.grid).size()).isEqualTo(1);
		assertThat(test(view.grid).getRow(0).nip()).isEqualTo(people.get(0).nip());
		assertThat(test(view.grid).getRow(0).agencyName()).isEqualTo("Dinas Kesehatan Kabupaten Serang");

		test(view.add).click();
		ReasonDialog add = $(ReasonDialog.class).single();
		test(add.form.nip).setValue(people.get(1).nip());
		test(add.confirm).click();
		assertThat(add.form.reason.isInvalid()).isTrue();
		test(add.form.reason).setValue("Permintaan BKPSDM");
		test(add.confirm).click();
		assertThat(lastNotification()).isEqualTo("Kursi penuh; peserta masuk daftar tunggu pada urutan 1.");
		assertThat(test(view.grid).size()).isEqualTo(2);
		assertThat(test(view.grid).getRow(1).status()).isEqualTo(EnrolmentStatus.WAITLISTED);

		Button removeButton = (Button) test(view.grid).getCellComponent(0, 7).getChildren().findFirst().orElseThrow();
		assertThat(removeButton.getText()).isEqualTo("Keluarkan");
		test(removeButton).click();
		ReasonDialog remove = $(ReasonDialog.class).last();
		test(remove.form.reason).setValue("Mutasi");
		test(remove.confirm).click();
		assertThat(view.grid.getListDataView().getItems().map(Participant::status))
			.containsExactly(EnrolmentStatus.CONFIRMED, EnrolmentStatus.CANCELLED);
		assertThat($(ListItem.class, view.changes).all()).extracting(ListItem::getText)
			.anyMatch(text -> text.contains("Ditambahkan") && text.endsWith("Permintaan BKPSDM"))
			.anyMatch(text -> text.contains("Dikeluarkan") && text.endsWith("Mutasi"));
	}

	@Test
	void downloadsAndTheStatusFilterWork() {
		long runId = this.fixtures.openRun(1, Map.of(), EnrolmentMode.OPEN);
		List<PersonRef> people = this.fixtures.employees(2, this.fixtures.agency("36.04.02"));
		people.forEach(person -> this.fixtures.as(EnrolmentFixtures.participant(person),
				() -> this.enrolments.enrol(runId)));
		SignIn.as(this.context, "penyelenggara");
		navigate(id.pelita.shared.ui.HomeView.class);
		UI.getCurrent().navigate(ParticipantsView.class, new RouteParameters(RunPageView.RUN_ID, String.valueOf(runId)),
				QueryParameters.of("status", "WAITLISTED"));
		ParticipantsView view = (ParticipantsView) getCurrentView();
		assertThat(view.statusFilter.getValue()).isEqualTo(EnrolmentStatus.WAITLISTED);
		assertThat(test(view.grid).size()).isEqualTo(1);
		assertThat(test(view.grid).getRow(0).accountId()).isEqualTo(people.get(1).accountId());
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		test(view.csv).download(csv);
		String text = new String(csv.toByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFNo;NIP;Nama;").contains(people.get(0).nip(), people.get(1).nip());
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		test(view.xlsx).download(xlsx);
		assertThat(xlsx.toByteArray()).startsWith('P', 'K');
	}

}
