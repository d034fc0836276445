package id.pelita.reporting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.reporting.ExternalEntry.Status;
import id.pelita.reporting.internal.ExternalEntryStore;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.SpreadsheetWriter;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.H2Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bulk upload of trainings outside the platform: the preview lists every bad row with all its reasons and saves
 * nothing; the good rows are recorded all together, or none when something changed since the preview.
 */
@H2Test
class ExternalEntryImportTests {

	private static final String HEADER = "NIP;Nama;Judul pelatihan;Penyelenggara;Tanggal mulai;Tanggal selesai;JP;Bentuk\n";

	@Autowired
	ApplicationContext context;

	@Autowired
	ExternalEntryImport imports;

	@Autowired
	ExternalTrainings trainings;

	@Autowired
	ExternalEntryStore store;

	@Autowired
	JpLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	private EnrolmentFixtures fixtures;

	private PelitaUser coordinator;

	private List<PersonRef> employees;

	private PersonRef elsewhere;

	@BeforeEach
	void people() {
		this.fixtures = new EnrolmentFixtures(this.context);
		long unit = this.fixtures.agency("36.04.02");
		this.coordinator = this.fixtures.coordinator(this.fixtures.agency("36.04"));
		this.employees = this.fixtures.employees(3, unit);
		this.elsewhere = this.fixtures.employee(this.fixtures.agency("36.02"));
	}

	@Test
	void thePreviewListsEveryBadRowWithAllItsReasonsAndSavesNothing() {
		String csv = HEADER + row(0, "Diklat Kepemimpinan Pengawas", "2026-03-02", "2026-03-04", "24", "OTHER_INSTITUTION")
				+ row(1, "Bimtek Pengadaan", "02/04/2026", "03/04/2026", "4,5", "Seminar, lokakarya atau bimbingan teknis")
				+ "1234;Salah Ketik;Diklat;BPSDM;2026-03-02;2026-03-04;8;OTHER\n"
				+ this.elsewhere.nip() + ";Orang Lain;Diklat;BPSDM;2026-03-02;2026-03-04;8;OTHER\n"
				+ row(0, "Kursus", "2026-13-01", "2026-03-04", "banyak", "pelatihan ajaib")
				+ row(2, "Coaching", "2026-05-05", "2026-05-05", "2", "ON_THE_JOB")
				+ row(2, "coaching ", "2026-05-05", "2026-05-05", "2", "ON_THE_JOB")
				+ row(1, "", "2026-06-01", "2026-05-01", "0", "INDUCTION");

		ExternalImportPreview preview = preview(csv);

		assertThat(preview.rowCount()).isEqualTo(8);
		assertThat(preview.goodRows()).extracting(ExternalImportPreview.Row::line).containsExactly(2, 3);
		assertThat(preview.goodRows().get(1).input().jp()).isEqualByComparingTo("4.5");
		assertThat(preview.goodRows().get(1).input().type()).isEqualTo(ExternalTrainingType.SEMINAR_WORKSHOP);
		assertThat(preview.goodRows().get(1).input().startDate()).isEqualTo("2026-04-02");
		Map<Integer, List<String>> reasons = reasons(preview);
		assertThat(reasons.get(4)).containsExactly("nip.error.length");
		assertThat(reasons.get(5)).containsExactly("jp.import.error.notInAgency");
		assertThat(reasons.get(6)).containsExactly("jp.import.error.date", "jp.external.error.jp", "jp.import.error.type");
		assertThat(reasons.get(7)).containsExactly("jp.import.error.repeated");
		assertThat(reasons.get(8)).containsExactly("jp.import.error.repeated");
		assertThat(reasons.get(9)).containsExactly("jp.external.error.title", "jp.external.error.dates",
				"jp.external.error.jp");
		assertThat(preview.problems().get(1).name()).isEqualTo("Orang Lain");
		assertThat(this.ledger.total(this.employees.get(0).accountId(), 2026)).isEqualByComparingTo("0");

		int recorded = this.fixtures.as(this.coordinator, () -> this.imports.importGoodRows(preview));

		assertThat(recorded).isEqualTo(2);
		assertThat(this.ledger.total(this.employees.get(0).accountId(), 2026)).isEqualByComparingTo("24");
		assertThat(this.ledger.total(this.employees.get(1).accountId(), 2026)).isEqualByComparingTo("4.5");
		List<ExternalEntry> entries = this.fixtures.as(this.coordinator,
				() -> this.trainings.of(this.employees.get(0).accountId(), 2026));
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.status()).isEqualTo(Status.COUNTED);
			assertThat(this.store.auditActions(entry.id())).containsExactly("IMPORT");
		});
	}

	@Test
	void whenAnEmployeeMovedAwaySinceThePreviewNothingIsRecorded() {
		ExternalImportPreview preview = preview(HEADER + row(0, "Diklat A", "2026-03-02", "2026-03-04", "8", "OTHER")
				+ row(1, "Diklat B", "2026-03-02", "2026-03-04", "8", "OTHER"));
		assertThat(preview.goodRows()).hasSize(2);
		this.jdbc.update("update account set agency_id = ? where id = ?", this.fixtures.agency("36.02"),
				this.employees.get(1).accountId());

		assertThatThrownBy(() -> this.fixtures.as(this.coordinator, () -> this.imports.importGoodRows(preview)))
			.isInstanceOf(UserFacingException.class)
			.extracting(e -> ((UserFacingException) e).messageKey())
			.isEqualTo("jp.import.error.changed");
		assertThat(this.ledger.total(this.employees.get(0).accountId(), 2026)).isEqualByComparingTo("0");
		assertThat(this.fixtures.as(this.coordinator, () -> this.trainings.of(this.employees.get(0).accountId(), 2026)))
			.isEmpty();
	}

	@Test
	void anXlsxWithDatesAndNumbersAsExcelKeepsThemIsRead() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		LocalDate epoch = LocalDate.of(1899, 12, 30);
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(SpreadsheetFormat.XLSX, out, Translations.INDONESIAN)) {
			writer.sheet("Pelatihan", List.of("NIP", "Name", "Training title", "Organiser", "Start date", "End date",
					"JP", "Form"));
			writer.row(this.employees.get(2).nip(), "Pegawai", "E-learning Statistik", "BPS",
					ChronoUnit.DAYS.between(epoch, LocalDate.parse("2026-12-31")),
					ChronoUnit.DAYS.between(epoch, LocalDate.parse("2027-01-01")), 6.5, "E_LEARNING");
		}
		ExternalImportPreview preview = this.fixtures.as(this.coordinator,
				() -> this.imports.preview("jp.xlsx", out.toByteArray()));
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.goodRows()).singleElement().satisfies(row -> {
			assertThat(row.input().startDate()).isEqualTo("2026-12-31");
			assertThat(row.input().endDate()).isEqualTo("2027-01-01");
			assertThat(row.input().jp()).isEqualByComparingTo("6.5");
		});
		this.fixtures.as(this.coordinator, () -> this.imports.importGoodRows(preview));
		assertThat(this.ledger.total(this.employees.get(2).accountId(), 2027)).isEqualByComparingTo("6.5");
		assertThat(this.ledger.total(this.employees.get(2).accountId(), 2026)).isEqualByComparingTo("0");
	}

	@Test
	void filesThatAreNoTrainingListAreRefusedAsAWhole() {
		assertRefused("jp.import.error.empty", new byte[0]);
		assertRefused("jp.import.error.columns", "NIP;Nama\n1;2\n".getBytes(StandardCharsets.UTF_8));
		assertRefused("jp.import.error.noRows", HEADER.getBytes(StandardCharsets.UTF_8));
		assertRefused("jp.import.error.oldExcel",
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 });
	}

	@Test
	void theTemplatesNameTheColumnsTheUploadReads() {
		byte[] csv = this.fixtures.as(this.coordinator, () -> this.imports.template(SpreadsheetFormat.CSV));
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("NIP;Nama;Judul pelatihan;Penyelenggara");
		byte[] xlsx = this.fixtures.as(this.coordinator, () -> this.imports.template(SpreadsheetFormat.XLSX));
		assertRefused("jp.import.error.noRows", xlsx);
	}

	private void assertRefused(String key, byte[] content) {
		assertThatThrownBy(() -> this.fixtures.as(this.coordinator, () -> this.imports.preview("f.csv", content)))
			.isInstanceOf(UserFacingException.class)
			.extracting(e -> ((UserFacingException) e).messageKey())
			.isEqualTo(key);
	}

	private ExternalImportPreview preview(String csv) {
		return this.fixtures.as(this.coordinator,
				() -> this.imports.preview("jp.csv", csv.getBytes(StandardCharsets.UTF_8)));
	}

	private String row(int employee, String title, String start, String end, String jp, String type) {
		PersonRef person = this.employees.get(employee);
		return String.join(";", person.nip(), person.fullName(), title, "BPSDM Banten", start, end, "\"" + jp + "\"",
				"\"" + type + "\"") + "\n";
	}

	private static Map<Integer, List<String>> reasons(ExternalImportPreview preview) {
		return preview.problems().stream().collect(Collectors.toMap(ExternalImportPreview.Problem::line,
				problem -> problem.reasons().stream().map(UserFacingException::messageKey).toList()));
	}

}
