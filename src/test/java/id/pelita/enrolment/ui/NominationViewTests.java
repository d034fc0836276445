package id.pelita.enrolment.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDetails;
import id.pelita.enrolment.Candidate;
import id.pelita.enrolment.NominationOutcome;
import id.pelita.enrolment.NominationStatus;
import id.pelita.enrolment.RefusalReason;
import id.pelita.identity.PersonRef;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NominationViewTests extends EnrolmentViewTest {

	@Test
	void coordinatorPicksFromTheRosterPastesNipsAndSeesTheOutcomePerPerson() {
		long runId = this.fixtures.openRun(1, Map.of(), EnrolmentMode.NOMINATION_ONLY);
		RunDetails run = this.runs.run(runId);
		List<PersonRef> people = this.fixtures.employees(2, this.fixtures.agency("36.04.04"));
		SignIn.as(this.context, "koordinator");
		NominationView view = navigate(NominationView.class);
		test(view.run).selectItem(run.courseTitle() + " – " + run.name());
		test(view.search).setValue(people.get(0).nip());
		assertThat(test(view.roster).size()).isEqualTo(1);
		test(view.roster).select(0);
		assertThat(view.selectedCount.getText()).isEqualTo("1 pegawai dipilih");
		test(view.pasted).setValue(people.get(1).nip() + "\n12345\n" + people.get(0).nip());
		test(view.nominate).click();
		List<NominationOutcome> outcomes = view.result.getListDataView().getItems().toList();
		assertThat(outcomes).extracting(NominationOutcome::status)
			.containsExactly(NominationStatus.CONFIRMED, NominationStatus.WAITLISTED, NominationStatus.REFUSED,
					NominationStatus.REFUSED);
		assertThat(outcomes).extracting(NominationOutcome::reason)
			.containsExactly(null, null, RefusalReason.INVALID_NIP, RefusalReason.DUPLICATE_IN_REQUEST);
		assertThat(test(view.result).getCellText(1, 4)).isEqualTo("Urutan daftar tunggu: 1");
		assertThat(test(view.result).getCellText(2, 4)).isEqualTo("NIP harus 18 digit, bukan 5.");
		assertThat(view.resultSummary.getText()).isEqualTo("1 terdaftar, 1 di daftar tunggu, 2 ditolak");
		assertThat(lastNotification()).isEqualTo("4 NIP diproses.");
	}

	@Test
	void theRosterHoldsOnlyTheCoordinatorsAgencyAndFiltersByUnitFromTheAddress() {
		PersonRef lebak = this.fixtures.employee(this.fixtures.agency("36.02"));
		PersonRef serang = this.fixtures.employee(this.fixtures.agency("36.04.01"));
		SignIn.as(this.context, "koordinator");
		NominationView view = navigate(NominationView.class);
		List<Candidate> all = view.roster.getListDataView().getItems().toList();
		assertThat(all).extracting(Candidate::accountId).contains(serang.accountId()).doesNotContain(lebak.accountId());
		String unit = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Serang";
		navigate(id.pelita.shared.ui.HomeView.class);
		UI.getCurrent().navigate(NominationView.class, QueryParameters.of("unit", unit));
		NominationView filtered = (NominationView) getCurrentView();
		assertThat(filtered.unit.getValue()).isEqualTo(unit);
		assertThat(filtered.roster.getListDataView().getItems()).isNotEmpty()
			.allMatch(candidate -> candidate.agencyName().equals(unit));
	}

	@Test
	void pastedTextWithoutASingleNipIsRefusedWithTheReasonAndNothingIsShownAsDone() {
		long runId = this.fixtures.openRun(5, Map.of(), EnrolmentMode.NOMINATION_ONLY);
		RunDetails run = this.runs.run(runId);
		SignIn.as(this.context, "koordinator");
		NominationView view = navigate(NominationView.class);
		test(view.run).selectItem(run.courseTitle() + " – " + run.name());
		test(view.pasted).setValue("12345\nbukan nip");
		test(view.nominate).click();
		assertThat(lastNotification()).isEqualTo("NIP harus 18 digit, bukan 5.");
		assertThat(view.result.isVisible()).isFalse();
		assertThat(view.pasted.getValue()).isEqualTo("12345\nbukan nip");
	}

	@Test
	void nominatingWithoutARunAsksForOne() {
		SignIn.as(this.context, "koordinator");
		NominationView view = navigate(NominationView.class);
		test(view.pasted).setValue("198503122010011003");
		test(view.nominate).click();
		assertThat(view.run.isInvalid()).isTrue();
		assertThat(view.run.getErrorMessage()).isEqualTo("Pilih angkatan terlebih dahulu.");
		assertThat(view.result.isVisible()).isFalse();
	}

}
