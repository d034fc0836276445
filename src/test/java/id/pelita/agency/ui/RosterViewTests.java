package id.pelita.agency.ui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import id.pelita.agency.RosterEntry;
import id.pelita.identity.AccountStatus;
import id.pelita.identity.PersonDirectory;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
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
class RosterViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	PersonDirectory people;

	@BeforeEach
	void signIn() {
		SignIn.as(this.context, "koordinator");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void theRosterListsTheRegencysEmployeesOnly() {
		RosterView view = navigate(RosterView.class);
		List<RosterEntry> rows = rows(view);
		assertThat(rows).isNotEmpty();
		assertThat(rows).anySatisfy(entry -> {
			assertThat(entry.fullName()).isEqualTo("Dewi Lestari, S.Kom.");
			assertThat(entry.unitName()).isEqualTo("Dinas Kesehatan Kabupaten Serang");
		});
		assertThat(rows).allSatisfy(entry -> assertThat(entry.unitCode()).startsWith("36.04"));
		assertThat(view.count.getText()).isEqualTo(rows.size() + " pegawai");
		assertThat(view.empty.isVisible()).isFalse();
	}

	@Test
	void coordinatorsFindTheRosterAndTheTokensInTheMenuAndParticipantsAreTurnedAway() {
		navigate(id.pelita.shared.ui.HomeView.class);
		assertThat(find(com.vaadin.flow.component.sidenav.SideNavItem.class).all())
			.extracting(com.vaadin.flow.component.sidenav.SideNavItem::getLabel)
			.contains("Pegawai", "Token API");
		SignIn.as(this.context, "peserta");
		navigate(id.pelita.shared.ui.HomeView.class);
		navigate("instansi/pegawai", id.pelita.shared.ui.AccessDeniedView.class);
		assertThat(getCurrentView()).isInstanceOf(id.pelita.shared.ui.AccessDeniedView.class);
		navigate("instansi/token-api", id.pelita.shared.ui.AccessDeniedView.class);
		assertThat(getCurrentView()).isInstanceOf(id.pelita.shared.ui.AccessDeniedView.class);
	}

	@Test
	void filtersNarrowTheListAndAreKeptInTheAddress() {
		RosterView view = navigate(RosterView.class);
		test(view.unit).selectItem("36.04.02 Dinas Kesehatan Kabupaten Serang");
		test(view.search).setValue("19850312 2010");
		// other tests' employees get random NIPs, so one of them may share this prefix: every row must match
		assertThat(rows(view)).extracting(RosterEntry::fullName).contains("Dewi Lestari, S.Kom.");
		assertThat(rows(view)).allSatisfy(row -> {
			assertThat(row.nip()).isNotNull();
			assertThat(row.nip().replace(" ", "")).startsWith("198503122010");
			assertThat(row.unitCode()).isEqualTo("36.04.02");
		});
		navigate(id.pelita.shared.ui.HomeView.class);
		UI.getCurrent().navigate(RosterView.class, QueryParameters.simple(java.util.Map.of("q", "Dewi Lestari",
				"unit", "36.04.02", "rank", "Penata Muda Tingkat I (III/b)")));
		RosterView shared = (RosterView) getCurrentView();
		assertThat(shared.search.getValue()).isEqualTo("Dewi Lestari");
		assertThat(shared.unit.getValue().code()).isEqualTo("36.04.02");
		assertThat(shared.rank.getValue()).isEqualTo("Penata Muda Tingkat I (III/b)");
		assertThat(rows(shared)).extracting(RosterEntry::fullName).containsExactly("Dewi Lestari, S.Kom.");
		test(shared.search).setValue("tidak ada orang bernama ini");
		assertThat(shared.empty.isVisible()).isTrue();
		assertThat(shared.empty.getText()).startsWith("Belum ada pegawai yang cocok.");
		assertThat(shared.count.getText()).isEqualTo("Tidak ada pegawai");
	}

	@Test
	void coordinatorAddsAnEmployeeThroughTheForm() {
		RosterView view = navigate(RosterView.class);
		test(view.add).click();
		EmployeeForm form = find(EmployeeForm.class).single();
		String nip = TestData.nip();
		test(form.nip).setValue(nip);
		test(form.fullName).setValue("Wati Firmansyah");
		test(form.rankGrade).setValue("Pengatur (II/c)");
		test(form.unit).selectItem("36.04.04 Kecamatan Ciruas Kabupaten Serang");
		test(find(Button.class).withText("Simpan").single()).click();
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Data Wati Firmansyah disimpan.");
		assertThat(this.people.findByNip(nip)).hasValueSatisfying(person -> {
			assertThat(person.status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);
			assertThat(person.rankGrade()).isEqualTo("Pengatur (II/c)");
		});
		test(view.search).setValue(nip);
		assertThat(rows(view)).extracting(RosterEntry::fullName).containsExactly("Wati Firmansyah");
		assertThat(view.rank.getListDataView().getItems()).contains("Pengatur (II/c)");
	}

	@Test
	void aNipOfAnotherAgencyIsRefusedAtTheField() {
		String provincial = provincialNip();
		RosterView view = navigate(RosterView.class);
		test(view.add).click();
		EmployeeForm form = find(EmployeeForm.class).single();
		test(form.nip).setValue(provincial);
		test(form.fullName).setValue("Bukan Pegawai Serang");
		test(find(Button.class).withText("Simpan").single()).click();
		assertThat(test(find(Notification.class).last()).getText())
			.isEqualTo("NIP " + provincial + " terdaftar pada pegawai instansi lain.");
		assertThat(this.people.findByNip(provincial).orElseThrow().fullName()).isNotEqualTo("Bukan Pegawai Serang");
	}

	@Test
	void importPreviewShowsEveryBadRowAndImportsTheGoodOnesWhenAsked() {
		RosterView view = navigate(RosterView.class);
		test(view.importFile).click();
		RosterImportDialog dialog = find(RosterImportDialog.class).single();
		String good = TestData.nip();
		String csv = "NIP;Nama;Pangkat/Golongan;Jabatan;Unit;E-mail;Telepon\r\n"
				+ good + ";Ujang Suryadi;;;36.04.01;;\r\n"
				+ "19850230 201001 1 003;Tanggal Salah;;;;;\r\n"
				+ TestData.nip() + ";;;;99.99;surat@;\r\n";
		test(dialog.upload).upload("pegawai.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(dialog.summary.getText()).isEqualTo("3 baris dibaca: 1 benar, 2 bermasalah.");
		assertThat(test(dialog.problems).size()).isEqualTo(2);
		assertThat(test(dialog.problems).getCellText(0, 0)).isEqualTo("3");
		assertThat(employeeShown(dialog, 0)).isEqualTo("19850230 201001 1 003 \u00b7 Tanggal Salah");
		assertThat(reasonsShown(dialog, 0)).containsExactly("Tanggal lahir pada NIP (19850230) bukan tanggal yang valid.");
		assertThat(reasonsShown(dialog, 1)).contains("Kode unit 99.99 tidak dikenal.", "Nama wajib diisi.",
				"Alamat e-mail surat@ tidak valid.");
		assertThat(this.people.findByNip(good)).as("nothing saved before the choice").isEmpty();
		assertThat(dialog.importGood.getText()).isEqualTo("Impor 1 baris yang benar");
		test(dialog.importGood).click();
		assertThat(test(find(Notification.class).last()).getText())
			.isEqualTo("Impor selesai: 1 pegawai baru (akun menunggu aktivasi), 0 diperbarui, 0 tanpa perubahan.");
		assertThat(this.people.findByNip(good)).isPresent();
		test(view.search).setValue("Ujang Suryadi");
		assertThat(rows(view)).extracting(RosterEntry::nip).contains(good);
	}

	@Test
	void aLongReasonIsShownInFullAndWraps() {
		RosterView view = navigate(RosterView.class);
		test(view.importFile).click();
		RosterImportDialog dialog = find(RosterImportDialog.class).single();
		test(dialog.upload).upload("pegawai.csv", "text/csv",
				"NIP;Nama;Unit\n198503122000011003;Pengangkatan Terlalu Muda;36.04.01\n".getBytes(StandardCharsets.UTF_8));
		assertThat(reasonsShown(dialog, 0))
			.contains("Bulan pengangkatan pada NIP (200001) sebelum pegawai berusia 18 tahun.");
		assertThat(dialog.problems.getThemeNames()).contains("wrap-cell-content");
	}

	@Test
	void importingNothingSavesNothing() {
		RosterView view = navigate(RosterView.class);
		test(view.importFile).click();
		RosterImportDialog dialog = find(RosterImportDialog.class).single();
		String nip = TestData.nip();
		test(dialog.upload).upload("pegawai.csv", "text/csv",
				("NIP,Nama\n" + nip + ",Rahma Sulaeman\n").getBytes(StandardCharsets.UTF_8));
		assertThat(dialog.summary.getText()).isEqualTo("1 baris dibaca: 1 benar, 0 bermasalah.");
		assertThat(dialog.problems.isVisible()).isFalse();
		test(dialog.importNothing).click();
		assertThat(dialog.isOpened()).isFalse();
		assertThat(this.people.findByNip(nip)).isEmpty();
	}

	@Test
	void anUnreadableFileIsExplained() {
		RosterView view = navigate(RosterView.class);
		test(view.importFile).click();
		RosterImportDialog dialog = find(RosterImportDialog.class).single();
		test(dialog.upload).upload("daftar.csv", "text/csv", "Nama,Kota\nBudi,Serang\n".getBytes(StandardCharsets.UTF_8));
		assertThat(test(find(Notification.class).last()).getText()).startsWith("Kolom NIP dan Nama tidak ditemukan.");
		assertThat(dialog.importGood.isEnabled()).isFalse();
	}

	@Test
	void theCsvTemplateDownloadsWithItsColumns() {
		RosterView view = navigate(RosterView.class);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		test(view.templateCsv).download(out);
		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).isEqualTo("\uFEFFNIP;Nama;Pangkat/Golongan;Jabatan;Unit (kode instansi);E-mail;Telepon\r\n");
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		test(view.templateXlsx).download(xlsx);
		assertThat(xlsx.toByteArray()).startsWith(0x50, 0x4B, 0x03, 0x04);
	}

	@Test
	void anEmployeeIsDeactivatedAndReactivatedFromTheList() {
		RosterView view = navigate(RosterView.class);
		test(view.add).click();
		EmployeeForm form = find(EmployeeForm.class).single();
		String nip = TestData.nip();
		test(form.nip).setValue(nip);
		test(form.fullName).setValue("Yogi Pratama");
		test(find(Button.class).withText("Simpan").single()).click();
		test(view.search).setValue(nip);
		test(action(view, "Nonaktifkan")).click();
		assertThat(test(find(Notification.class).last()).getText())
			.isEqualTo("Yogi Pratama dinonaktifkan dan tidak dapat masuk lagi.");
		assertThat(rows(view)).singleElement().extracting(RosterEntry::status).isEqualTo(AccountStatus.DISABLED);
		test(action(view, "Aktifkan kembali")).click();
		assertThat(rows(view)).singleElement().extracting(RosterEntry::status)
			.isEqualTo(AccountStatus.PENDING_ACTIVATION);
	}

	/** The button with this text in the first row's actions. */
	private Button action(RosterView view, String text) {
		return (Button) test(view.grid).getCellComponent(0, 6)
			.getChildren()
			.filter(child -> child instanceof Button button && text.equals(button.getText()))
			.findFirst()
			.orElseThrow();
	}

	private String provincialNip() {
		long province = this.context.getBean(id.pelita.agency.AgencyService.class).all().stream()
			.filter(agency -> agency.code().equals("36.00.01")).findFirst().orElseThrow().id();
		return this.people.inAgencies(List.of(province)).stream().map(person -> person.nip())
			.filter(java.util.Objects::nonNull).findFirst().orElseThrow();
	}

	private List<RosterEntry> rows(RosterView view) {
		if (!view.grid.isVisible()) {
			return List.of();
		}
		return IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i)).toList();
	}

	private List<String> reasonsShown(RosterImportDialog dialog, int row) {
		return test(dialog.problems).getCellComponent(row, 1)
			.getChildren()
			.filter(child -> child.getElement().getClassList().contains("import-problem-reason"))
			.map(child -> child.getElement().getText())
			.toList();
	}

	private String employeeShown(RosterImportDialog dialog, int row) {
		return test(dialog.problems).getCellComponent(row, 1)
			.getChildren()
			.filter(child -> child.getElement().getClassList().contains("import-problem-employee"))
			.map(child -> child.getElement().getText())
			.findFirst()
			.orElse("");
	}

}
