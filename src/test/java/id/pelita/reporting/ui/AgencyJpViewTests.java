package id.pelita.reporting.ui;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.reporting.AgencyExternalEntry;
import id.pelita.reporting.ExternalEntry;
import id.pelita.reporting.ExternalEntry.Status;
import id.pelita.reporting.ExternalTrainings;
import id.pelita.reporting.JpLedger;
import id.pelita.reporting.JpTestData;
import id.pelita.reporting.internal.ExternalEntryStore;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static id.pelita.reporting.JpTestData.input;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's JP page, as the demo coordinator of Kabupaten Serang: approving and rejecting (with a reason)
 * a submission, the filters kept in the address, voiding, and the bulk upload's preview and recording.
 */
@SpringBootTest
@ActiveProfiles("test")
class AgencyJpViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ExternalTrainings trainings;

	@Autowired
	ExternalEntryStore store;

	@Autowired
	JpLedger ledger;

	private EnrolmentFixtures fixtures;

	private PersonRef employee;

	private int thisYear;

	@BeforeEach
	void signIn() {
		this.fixtures = new EnrolmentFixtures(this.context);
		this.employee = this.fixtures.employeeNamed("Sari " + TestData.username("jp"), this.fixtures.agency("36.04.02"));
		this.thisYear = LocalDate.now(IndonesianTime.DEFAULT_ZONE).getYear();
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aPendingSubmissionIsApprovedAndCountsAtOnce() {
		ExternalEntry pending = submit("Kursus Daring Statistik", "4");
		SignIn.as(this.context, "koordinator");
		AgencyJpView view = navigate(AgencyJpView.class);

		int row = rowOf(view.pending, pending.id());
		test(button(test(view.pending).getCellComponent(row, 5), "Setujui")).click();

		assertThat(this.store.find(pending.id()).orElseThrow().status()).isEqualTo(Status.COUNTED);
		assertThat(this.ledger.total(this.employee.accountId(), this.thisYear)).isEqualByComparingTo("4");
		assertThat(rows(view.pending)).noneMatch(item -> item.entry().id() == pending.id());
	}

	@Test
	void aRejectionNeedsAReasonWhichTheEmployeeThenReads() {
		ExternalEntry pending = submit("Seminar Tanpa Bukti Jelas", "3");
		SignIn.as(this.context, "koordinator");
		AgencyJpView view = navigate(AgencyJpView.class);
		test(button(test(view.pending).getCellComponent(rowOf(view.pending, pending.id()), 5), "Tolak")).click();
		ReasonDialog dialog = find(ReasonDialog.class).single();

		test(dialog.confirm).click();
		assertThat(dialog.reason.isInvalid()).isTrue();
		assertThat(this.store.find(pending.id()).orElseThrow().status()).isEqualTo(Status.PENDING);

		test(dialog.reason).setValue("Bukti tidak terbaca, unggah ulang");
		test(dialog.confirm).click();
		ExternalEntry rejected = this.store.find(pending.id()).orElseThrow();
		assertThat(rejected.status()).isEqualTo(Status.REJECTED);
		assertThat(rejected.statusReason()).isEqualTo("Bukti tidak terbaca, unggah ulang");
	}

	@Test
	void theFiltersComeFromTheAddressAndACountedEntryIsVoidedWithAReason() {
		SignIn.as(this.context, "koordinator");
		ExternalEntry entry = this.trainings.record(this.employee.accountId(),
				input("Bimtek Keuangan Daerah", LocalDate.of(this.thisYear, 3, 2).toString(),
						LocalDate.of(this.thisYear, 3, 3).toString(), "6"));
		navigate(AgencyJpView.class);
		UI.getCurrent().navigate(AgencyJpView.class, QueryParameters.simple(Map.of("tahun",
				String.valueOf(this.thisYear), "status", "COUNTED", "q", this.employee.fullName())));
		AgencyJpView view = (AgencyJpView) getCurrentView();

		assertThat(view.status.getValue()).isEqualTo(Status.COUNTED);
		assertThat(view.search.getValue()).isEqualTo(this.employee.fullName());
		assertThat(rows(view.entries)).singleElement().satisfies(item -> assertThat(item.entry().id()).isEqualTo(entry.id()));
		assertThat(view.count.getText()).isEqualTo("1 entri");

		test(button(test(view.entries).getCellComponent(0, 5), "Batalkan")).click();
		ReasonDialog dialog = find(ReasonDialog.class).single();
		test(dialog.reason).setValue("Dicatat untuk pegawai yang salah");
		test(dialog.confirm).click();

		assertThat(this.store.find(entry.id()).orElseThrow().status()).isEqualTo(Status.VOIDED);
		assertThat(this.ledger.total(this.employee.accountId(), this.thisYear)).isEqualByComparingTo("0");
		assertThat(rows(view.entries)).isEmpty();
	}

	@Test
	void theBulkUploadShowsEveryBadRowAndRecordsTheGoodOnesWhenAsked() {
		SignIn.as(this.context, "koordinator");
		AgencyJpView view = navigate(AgencyJpView.class);
		test(view.upload).click();
		ExternalImportDialog dialog = find(ExternalImportDialog.class).single();
		String csv = "NIP;Nama;Judul pelatihan;Penyelenggara;Tanggal mulai;Tanggal selesai;JP;Bentuk\n"
				+ this.employee.nip() + ";;Diklat Pengadaan;LKPP;" + this.thisYear + "-04-01;" + this.thisYear
				+ "-04-03;12;OTHER_INSTITUTION\n"
				+ this.employee.nip() + ";;Kursus;LKPP;kemarin;" + this.thisYear + "-04-03;12;OTHER_INSTITUTION\n";
		test(dialog.upload).upload("jp.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(dialog.summary.getText()).isEqualTo("2 baris dibaca: 1 benar, 1 bermasalah.");
		assertThat(test(dialog.problems).getCellText(0, 0)).isEqualTo("3");
		assertThat(test(dialog.problems).getCellComponent(0, 1).getChildren()
			.filter(child -> child.getElement().getClassList().contains("import-problem-reason"))
			.map(child -> child.getElement().getText()))
			.containsExactly("Kolom Tanggal mulai berisi \"kemarin\", bukan tanggal. Tulis YYYY-MM-DD atau DD/MM/YYYY.");
		assertThat(dialog.problems.getThemeNames()).contains("wrap-cell-content");
		assertThat(this.ledger.total(this.employee.accountId(), this.thisYear)).as("nothing saved before the choice")
			.isEqualByComparingTo("0");

		test(dialog.importGood).click();

		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("1 pelatihan dicatat dan dihitung.");
		assertThat(this.ledger.total(this.employee.accountId(), this.thisYear)).isEqualByComparingTo("12");
	}

	private ExternalEntry submit(String title, String jp) {
		LocalDate day = LocalDate.of(this.thisYear, 2, 3);
		return this.fixtures.as(EnrolmentFixtures.participant(this.employee),
				() -> this.trainings.submit(input(title, day.toString(), day.toString(), jp), JpTestData.pdf("b.pdf")));
	}

	private List<AgencyExternalEntry> rows(AgencyEntryGrid grid) {
		return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
	}

	private int rowOf(AgencyEntryGrid grid, long entryId) {
		List<AgencyExternalEntry> rows = rows(grid);
		return IntStream.range(0, rows.size()).filter(i -> rows.get(i).entry().id() == entryId).findFirst().orElseThrow();
	}

	private static Button button(Component cell, String text) {
		if (cell instanceof Button button && text.equals(button.getText())) {
			return button;
		}
		return cell.getChildren()
			.filter(Button.class::isInstance)
			.map(Button.class::cast)
			.filter(button -> text.equals(button.getText()))
			.findFirst()
			.orElseThrow();
	}

}
