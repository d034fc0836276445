package id.pelita.catalog.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import id.pelita.catalog.CatalogService;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunDraft;
import id.pelita.catalog.RunService;
import id.pelita.catalog.RunStatus;
import id.pelita.catalog.TestCourses;
import id.pelita.identity.AgencyDirectory;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.AccessDeniedView;
import id.pelita.shared.ui.HomeView;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.when;

class RunAdminViewTests extends SeatAwareViewTest {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	@Autowired
	ApplicationContext context;

	@Autowired
	CatalogService catalog;

	@Autowired
	RunService runs;

	@Autowired
	AgencyDirectory agencies;

	private final LocalDate today = LocalDate.now(IndonesianTime.DEFAULT_ZONE);

	private long courseId;

	private String courseTitle;

	@BeforeEach
	void signInWithACourseOfItsOwn() {
		SignIn.as(this.context, "penyelenggara");
		String code = TestData.username("ANGK");
		this.courseId = this.catalog.createCourse(TestCourses.course(code));
		this.courseTitle = this.catalog.course(this.courseId).title();
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void organiserCreatesARunWithAgencySeatsAndPublishesIt() {
		YearMonth month = YearMonth.from(this.today).plusMonths(7);
		RunAdminView view = open(month);
		test(view.create).click();
		RunForm form = find(RunForm.class).single();
		assertThat(form.month.getValue()).isEqualTo(month);
		assertThat(form.name.getValue()).isEqualTo("Angkatan I - " + CatalogFormats.month(month, INDONESIAN));
		assertThat(form.registrationOpens.getLabel()).isEqualTo("Pendaftaran dibuka (WIB)");
		test(form.course).selectItem(this.courseTitle);
		test(form.name).setValue("Angkatan III - " + CatalogFormats.month(month, INDONESIAN));
		test(form.seats).setValue(60);
		test(form.enrolmentMode).selectItem("Terbuka dengan persetujuan instansi");
		test(form.addAgencySeats).click();
		RunForm.AgencySeatsRow row = form.agencyRows.getFirst();
		test(row.agency).selectItem("Pemerintah Kabupaten Serang");
		test(row.seats).setValue(20);
		test(find(Button.class).withText("Simpan").single()).click();
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Angkatan III - "
				+ CatalogFormats.month(month, INDONESIAN) + " dibuat untuk " + CatalogFormats.month(month, INDONESIAN) + ".");
		assertThat(find(Dialog.class).all()).isEmpty();
		int index = rowOfMyCourse(view);
		RunDetails run = test(view.grid).getRow(index);
		assertThat(run.seats()).isEqualTo(60);
		assertThat(run.enrolmentMode()).isEqualTo(EnrolmentMode.OPEN_WITH_APPROVAL);
		long serang = this.agencies.all().stream().filter(a -> a.code().equals("36.04")).findFirst().orElseThrow().id();
		assertThat(run.agencySeats()).containsExactly(Map.entry(serang, 20));
		assertThat(status(view, index)).isEqualTo("Draf");
		Component runCell = test(view.grid).getCellComponent(index, "run");
		java.util.List<Anchor> links = runCell.getChildren()
			.filter(Anchor.class::isInstance)
			.map(Anchor.class::cast)
			.toList();
		assertThat(links).extracting(Anchor::getHref)
			.containsExactly("kelola/angkatan/" + run.id(), "kelola/angkatan/" + run.id() + "/laporan");
		assertThat(links).extracting(Anchor::getText).containsExactly(run.name(), "Laporan angkatan");
		click(view, index, "Terbitkan");
		assertThat(test(find(Notification.class).last()).getText())
			.isEqualTo(run.name() + " diterbitkan.");
		assertThat(status(view, rowOfMyCourse(view))).isEqualTo("Terbit");
		assertThat(this.runs.run(run.id()).status()).isEqualTo(RunStatus.PUBLISHED);
	}

	@Test
	void incoherentRunIsExplainedAtTheFieldAndNotCreated() {
		YearMonth month = YearMonth.from(this.today).plusMonths(8);
		RunAdminView view = open(month);
		test(view.create).click();
		RunForm form = find(RunForm.class).single();
		test(form.course).selectItem(this.courseTitle);
		test(form.endsOn).setValue(form.startsOn.getValue().minusDays(1));
		test(find(Button.class).withText("Simpan").single()).click();
		assertThat(form.endsOn.isInvalid()).isTrue();
		assertThat(form.endsOn.getErrorMessage()).isEqualTo("Tanggal selesai tidak boleh sebelum tanggal mulai.");
		test(form.endsOn).setValue(form.startsOn.getValue());
		form.seats.clear();
		test(find(Button.class).withText("Simpan").single()).click();
		assertThat(form.seats.isInvalid()).isTrue();
		assertThat(form.seats.getErrorMessage()).isEqualTo("Jumlah kursi harus lebih dari 0.");
		assertThat(form.seats.getI18n().getMinErrorMessage()).isEqualTo("Jumlah kursi harus lebih dari 0.");
		assertThat(this.runs.runsOfMonth(month)).noneMatch(run -> run.courseId() == this.courseId);
	}

	@Test
	void copyToNextMonthAppearsInNextMonthsList() {
		YearMonth month = YearMonth.from(this.today).plusMonths(9);
		String name = "Angkatan II - " + CatalogFormats.month(month, INDONESIAN);
		this.runs.createRun(draft(name, month, 40));
		RunAdminView view = open(month);
		click(view, rowOfMyCourse(view), "Salin ke bulan berikutnya");
		String copyName = "Angkatan II - " + CatalogFormats.month(month.plusMonths(1), INDONESIAN);
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Salinan " + copyName
				+ " dibuat sebagai draf di " + CatalogFormats.month(month.plusMonths(1), INDONESIAN) + ".");
		navigate(HomeView.class);
		RunAdminView next = open(month.plusMonths(1));
		assertThat(next.monthTitle.getText()).isEqualTo(CatalogFormats.month(month.plusMonths(1), INDONESIAN));
		int index = rowOfMyCourse(next);
		assertThat(test(next.grid).getRow(index).name()).isEqualTo(copyName);
		assertThat(status(next, index)).isEqualTo("Draf");
	}

	@Test
	void monthButtonsMoveThroughTheMonthsInTheAddress() {
		YearMonth month = YearMonth.from(this.today).plusMonths(10);
		RunAdminView view = open(month);
		test(view.next).click();
		RunAdminView shown = (RunAdminView) getCurrentView();
		assertThat(shown.monthTitle.getText()).isEqualTo(CatalogFormats.month(month.plusMonths(1), INDONESIAN));
		assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("bulan"))
			.contains(month.plusMonths(1).toString());
	}

	@Test
	void seatsUsedComeFromTheEnrolmentsAndAnEmptyMonthSaysSo() {
		YearMonth month = YearMonth.from(this.today).plusMonths(11);
		long runId = this.runs.createRun(draft("Angkatan Kursi", month, 60));
		when(this.seatAvailability.confirmedSeats(anyCollection())).thenReturn(Map.of(runId, 12));
		RunAdminView view = open(month);
		int seatsColumn = view.grid.getColumns().indexOf(view.grid.getColumnByKey("seats"));
		assertThat(test(view.grid).getCellText(rowOfMyCourse(view), seatsColumn)).isEqualTo("12 / 60");
		RunAdminView empty = open(month.plusYears(5));
		assertThat(empty.grid.isVisible()).isFalse();
		assertThat(empty.empty.getText())
			.isEqualTo("Belum ada angkatan pada " + CatalogFormats.month(month.plusYears(5), INDONESIAN) + ".");
	}

	@Test
	void cancellingAsksForConfirmationFirst() {
		YearMonth month = YearMonth.from(this.today).plusMonths(12);
		this.runs.createRun(draft("Angkatan Batal", month, 30));
		RunAdminView view = open(month);
		click(view, rowOfMyCourse(view), "Batalkan");
		ConfirmDialog confirm = find(ConfirmDialog.class).single();
		assertThat(test(confirm).getHeader()).isEqualTo("Batalkan angkatan?");
		test(confirm).confirm();
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Angkatan Batal dibatalkan.");
		int index = rowOfMyCourse(view);
		assertThat(status(view, index)).isEqualTo("Dibatalkan");
		assertThat(buttons(view, index)).containsExactly("Salin ke bulan berikutnya");
	}

	@Test
	void organiserEditsARunButNotItsCourseAndClosesItsRegistration() {
		YearMonth month = YearMonth.from(this.today).plusMonths(13);
		long runId = this.runs.createRun(draft("Angkatan Ubah", month, 30));
		this.runs.publish(runId);
		RunAdminView view = open(month);
		click(view, rowOfMyCourse(view), "Ubah");
		RunForm form = find(RunForm.class).single();
		assertThat(form.course.isReadOnly()).isTrue();
		assertThat(form.course.getValue().id()).isEqualTo(this.courseId);
		assertThat(form.registrationOpens.getValue()).isEqualTo(month.atDay(1).atTime(8, 0));
		test(form.seats).setValue(45);
		test(find(Button.class).withText("Simpan").single()).click();
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Angkatan Ubah disimpan.");
		assertThat(this.runs.run(runId).seats()).isEqualTo(45);
		click(view, rowOfMyCourse(view), "Tutup pendaftaran");
		assertThat(status(view, rowOfMyCourse(view))).isEqualTo("Pendaftaran ditutup");
		assertThat(this.runs.run(runId).status()).isEqualTo(RunStatus.REGISTRATION_CLOSED);
	}

	@Test
	void aRefusedActionShowsTheReason() {
		YearMonth month = YearMonth.from(this.today);
		RunDraft past = new RunDraft(this.courseId, "Angkatan Lewat", month, this.today.minusDays(5).atTime(8, 0),
				this.today.minusDays(1).atTime(16, 0), this.today.plusDays(3), this.today.plusDays(4), 30, Map.of(),
				EnrolmentMode.OPEN);
		this.runs.createRun(past);
		RunAdminView view = open(month);
		click(view, rowOfMyCourse(view), "Terbitkan");
		assertThat(test(find(Notification.class).last()).getText())
			.isEqualTo("Masa pendaftaran sudah lewat; ubah tanggalnya sebelum menerbitkan.");
		assertThat(status(view, rowOfMyCourse(view))).isEqualTo("Draf");
	}

	@Test
	void participantCannotOpenTheRunsPage() {
		SignIn.as(this.context, "peserta");
		navigate(HomeView.class);
		navigate("kelola/angkatan", AccessDeniedView.class);
		assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
	}

	private RunAdminView open(YearMonth month) {
		UI.getCurrent().navigate(RunAdminView.class, QueryParameters.of("bulan", month.toString()));
		return (RunAdminView) getCurrentView();
	}

	private RunDraft draft(String name, YearMonth month, int seats) {
		LocalDate start = month.atDay(10);
		return new RunDraft(this.courseId, name, month, month.atDay(1).atTime(8, 0), month.atDay(5).atTime(16, 0),
				start, start.plusDays(2), seats, Map.of(), EnrolmentMode.OPEN);
	}

	private int rowOfMyCourse(RunAdminView view) {
		return IntStream.range(0, test(view.grid).size())
			.filter(i -> test(view.grid).getRow(i).courseId() == this.courseId)
			.findFirst()
			.orElseThrow();
	}

	private String status(RunAdminView view, int row) {
		return ((Span) test(view.grid).getCellComponent(row, "status")).getText();
	}

	private List<String> buttons(RunAdminView view, int row) {
		return test(view.grid).getCellComponent(row, "actions")
			.getChildren()
			.map(Button.class::cast)
			.map(Button::getText)
			.toList();
	}

	private void click(RunAdminView view, int row, String text) {
		Component actions = test(view.grid).getCellComponent(row, "actions");
		Button button = actions.getChildren()
			.map(Button.class::cast)
			.filter(candidate -> candidate.getText().equals(text))
			.findFirst()
			.orElseThrow();
		test(button).click();
	}

}
