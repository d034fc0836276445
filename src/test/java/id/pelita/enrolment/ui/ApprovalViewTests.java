package id.pelita.enrolment.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.enrolment.EnrolmentStatus;
import id.pelita.enrolment.MyEnrolment;
import id.pelita.enrolment.PendingApproval;
import id.pelita.identity.PersonRef;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ApprovalViewTests extends EnrolmentViewTest {

	@Autowired
	ParticipantEnrolments enrolments;

	@Test
	void coordinatorApprovesOneAndRejectsAnotherWithAReason() {
		long runId = this.fixtures.openRun(5, Map.of(), EnrolmentMode.OPEN_WITH_APPROVAL);
		List<PersonRef> people = this.fixtures.employees(2, this.fixtures.agency("36.04.03"));
		people.forEach(person -> this.fixtures.as(EnrolmentFixtures.participant(person),
				() -> this.enrolments.enrol(runId)));
		SignIn.as(this.context, "koordinator");
		ApprovalView view = navigate(ApprovalView.class);
		List<PendingApproval> mine = view.grid.getListDataView()
			.getItems()
			.filter(pending -> pending.runId() == runId)
			.toList();
		assertThat(mine).extracting(PendingApproval::accountId)
			.containsExactly(people.get(0).accountId(), people.get(1).accountId());
		view.approve(mine.get(0));
		assertThat(lastNotification()).isEqualTo(people.get(0).fullName() + " disetujui dan mendapat kursi.");
		int row = view.grid.getListDataView().getItems().toList().indexOf(mine.get(1));
		test((Button) test(view.grid).getCellComponent(row, 6).getChildren()
			.filter(child -> child instanceof Button button && "Tolak".equals(button.getText()))
			.findFirst()
			.orElseThrow()).click();
		ReasonDialog dialog = $(ReasonDialog.class).single();
		test(dialog.form.reason).setValue("Belum memenuhi syarat jabatan");
		test(dialog.confirm).click();
		assertThat(lastNotification()).isEqualTo("Pendaftaran " + people.get(1).fullName() + " ditolak.");
		assertThat(view.grid.getListDataView().getItems()).noneMatch(pending -> pending.runId() == runId);
		MyEnrolment rejected = this.fixtures.as(EnrolmentFixtures.participant(people.get(1)),
				() -> this.enrolments.myEnrolment(runId)).orElseThrow();
		assertThat(rejected.status()).isEqualTo(EnrolmentStatus.REJECTED);
		assertThat(rejected.reason()).isEqualTo("Belum memenuhi syarat jabatan");
	}

	@Test
	void withNothingToApproveTheEmptyStateShows() {
		this.fixtures.signIn(this.fixtures.coordinator(this.fixtures.agency("36.73")));
		ApprovalView view = navigate(ApprovalView.class);
		assertThat(view.grid.isVisible()).isFalse();
		assertThat(view.empty.isVisible()).isTrue();
		assertThat(view.empty.getText()).isEqualTo("Tidak ada pendaftaran yang menunggu persetujuan.");
	}

}
