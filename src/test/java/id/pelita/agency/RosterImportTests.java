package id.pelita.agency;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.pelita.shared.SpreadsheetFormat;
import id.pelita.identity.AccountService;
import id.pelita.identity.AccountStatus;
import id.pelita.identity.AgencyDirectory.AgencyRef;
import id.pelita.identity.NewAccount;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.OpaqueTokens;
import id.pelita.shared.security.Role;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Roster files as coordinators upload them: every bad row is shown with its reasons before anything is saved;
 * then the good rows are imported, all or nothing, with accounts and activation links for new employees. Run on
 * H2 and PostgreSQL by the subclasses.
 */
abstract class RosterImportTests {

	static final String HEADER = "NIP,Nama,Pangkat/Golongan,Jabatan,Unit,E-mail,Telepon\n";

	private static final Pattern LINK = Pattern.compile("\"link\":\"[^\"]*/aktivasi/([A-Za-z0-9_-]+)\"");

	@Autowired
	ApplicationContext context;

	@Autowired
	RosterImportService imports;

	@Autowired
	RosterService roster;

	@Autowired
	AgencyService agencies;

	@Autowired
	PersonDirectory people;

	@Autowired
	JdbcTemplate jdbc;

	private Map<String, Long> agencyIds;

	@BeforeEach
	void signInAsSerangCoordinator() {
		this.agencyIds = this.agencies.all().stream().collect(Collectors.toMap(AgencyRef::code, AgencyRef::id));
		SignIn.as(this.context, "koordinator");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void previewShowsEveryBadRowWithItsReasonAndSavesNothing() {
		String good = TestData.nip();
		String repeated = TestData.nip();
		String provincial = provincialNip();
		String noName = TestData.nip();
		String badEmail = TestData.nip();
		String unknownUnit = TestData.nip();
		String outsideUnit = TestData.nip();
		String csv = HEADER
				+ good + ",Wahyu Saputra,Penata (III/c),Analis Kebijakan,36.04.01,wahyu." + good + "@example.go.id,0812345678\n"
				+ "19850230 201001 1 003,Salah Tanggal,,,36.04.01,,\n"
				+ noName + ",,,,36.04.01,,\n"
				+ repeated + ",Pertama Kali,,,,,\n"
				+ ",,,,,,\n"
				+ repeated + ",Kedua Kali,,,,,\n"
				+ provincial + ",Bukan Pegawai Serang,,,,,\n"
				+ badEmail + ",Email Salah,,,,bukan-email,\n"
				+ unknownUnit + ",Unit Asing,,,99.99,,\n"
				+ outsideUnit + ",Unit Provinsi,,,36.00.01,,\n"
				+ "12345,Nip Pendek,,,,,\n";
		ImportPreview preview = this.imports.preview("pegawai.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.rowCount()).isEqualTo(10);
		assertThat(preview.goodRows()).extracting(ImportPreview.Row::line).containsExactly(2);
		assertThat(reasonsByLine(preview)).containsExactlyInAnyOrderEntriesOf(Map.of(
				3, List.of("nip.error.birthDate"),
				4, List.of("employee.error.nameRequired"),
				5, List.of("roster.import.error.nipRepeated"),
				7, List.of("roster.import.error.nipRepeated"),
				8, List.of("employee.error.nipOutside"),
				9, List.of("employee.error.emailInvalid"),
				10, List.of("roster.error.unitUnknown"),
				11, List.of("roster.error.unitOutside"),
				12, List.of("nip.error.length")));
		ImportPreview.Problem duplicate = preview.problems().stream().filter(p -> p.line() == 5).findFirst().orElseThrow();
		assertThat(duplicate.reasons().getFirst().message().arguments()).containsExactly(repeated, "5, 7");
		assertThat(this.people.findByNips(List.of(good, repeated, noName, badEmail, unknownUnit, outsideUnit)))
			.as("a preview saves nothing").isEmpty();
	}

	@Test
	void semicolonCsvWithByteOrderMarkAsExcelSavesIt() {
		String first = TestData.nip();
		String second = TestData.nip();
		String text = "NIP;Nama;Pangkat/Golongan;Jabatan;Unit (kode instansi);E-mail;Telepon\r\n"
				+ spaced(first) + ";\"Siti Rahmawati, S.Kep.\";Penata Muda (III/a);Perawat;36.04.02;;081234567890\r\n"
				+ "'" + second + ";Ahmad Fauzi;\"Pengatur; II/c\";Pengadministrasi Umum;36.04.04;;\r\n";
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		ImportPreview preview = this.imports.preview("pegawai.csv", concat(bom, text.getBytes(StandardCharsets.UTF_8)));
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.goodRows()).extracting(row -> row.employee().fullName())
			.containsExactly("Siti Rahmawati, S.Kep.", "Ahmad Fauzi");
		assertThat(preview.goodRows().get(1).employee().rankGrade()).isEqualTo("Pengatur; II/c");
		assertThat(this.imports.importGoodRows(preview)).isEqualTo(new ImportResult(2, 0, 0));
		assertThat(this.people.findByNip(first).orElseThrow().agencyId()).isEqualTo(this.agencyIds.get("36.04.02"));
		assertThat(this.people.findByNip(second).orElseThrow().rankGrade()).isEqualTo("Pengatur; II/c");
	}

	@Test
	void xlsxIsReadAndANipStoredAsANumberIsRefused() throws IOException {
		String text = TestData.nip();
		String number = TestData.nip();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Data SIMPEG");
		String[] header = { "NIP", "Nama", "Pangkat/Golongan", "Jabatan", "Unit", "E-mail", "Telepon" };
		for (int c = 0; c < header.length; c++) {
			sheet.value(0, c, header[c]);
		}
		sheet.value(1, 0, text);
		sheet.value(1, 1, "Hendra Kurniawan");
		sheet.value(1, 4, "36.04.03");
		sheet.value(1, 6, 81234567891L);
		sheet.value(3, 0, Double.valueOf(number));
		sheet.value(3, 1, "Fitri Anggraini");
		workbook.finish();
		ImportPreview preview = this.imports.preview("pegawai.xlsx", out.toByteArray());
		assertThat(preview.goodRows()).singleElement().satisfies(row -> {
			assertThat(row.line()).isEqualTo(2);
			assertThat(row.employee().nip()).isEqualTo(text);
			assertThat(row.employee().phone()).isEqualTo("81234567891");
		});
		assertThat(reasonsByLine(preview)).containsExactly(Map.entry(4, List.of("roster.import.error.nipAsNumber")));
	}

	@Test
	void importingGoodRowsCreatesAccountsWithActivationLinksAndKeepsBlankFieldsOfExistingEmployees() {
		RosterEmployee existing = this.roster.add(new EmployeeInput(TestData.nip(), "Irfan Maulana", "Penata (III/c)",
				"Auditor", "36.04.01", null, "081299990000"));
		String first = TestData.nip();
		String second = TestData.nip();
		String csv = HEADER + first + ",Novi Susanti,,,36.04.03,novi." + first + "@example.go.id,\n"
				+ second + ",Taufik Hamdani,,,,,\n"
				+ existing.nip() + ",\"Irfan Maulana, S.Ak.\",,Auditor Ahli Pertama,,,\n"
				+ "123,Tidak Diimpor,,,,,\n";
		ImportPreview preview = this.imports.preview("pegawai.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.goodRows()).hasSize(3);
		assertThat(preview.problems()).hasSize(1);
		assertThat(this.imports.importGoodRows(preview)).isEqualTo(new ImportResult(2, 1, 0));

		RosterEmployee updated = this.roster.employee(existing.accountId());
		assertThat(updated.fullName()).isEqualTo("Irfan Maulana, S.Ak.");
		assertThat(updated.position()).isEqualTo("Auditor Ahli Pertama");
		assertThat(updated.rankGrade()).as("blank cells keep values").isEqualTo("Penata (III/c)");
		assertThat(updated.phone()).isEqualTo("081299990000");
		assertThat(updated.unitCode()).isEqualTo("36.04.01");

		for (String nip : List.of(first, second)) {
			PersonRef person = this.people.findByNip(nip).orElseThrow();
			assertThat(person.status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);
			String payload = this.jdbc.queryForObject("select payload from outbox_message where recipient_account_id = ? "
					+ "and template = 'account-activation'", String.class, person.accountId());
			Matcher link = LINK.matcher(payload);
			assertThat(link.find()).as(payload).isTrue();
			String hash = this.jdbc.queryForObject("select token_hash from account_activation where account_id = ?",
					String.class, person.accountId());
			assertThat(hash).isEqualTo(OpaqueTokens.sha256(link.group(1))).isNotEqualTo(link.group(1));
			assertThat(this.jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
					Integer.class, "%" + link.group(1) + "%")).as("the token is not kept in the event registry")
				.isZero();
			assertThat(this.jdbc.queryForObject("select count(*) from account_role where account_id = ? and role = ?",
					Integer.class, person.accountId(), Role.PARTICIPANT.name())).isEqualTo(1);
		}
		assertThat(this.people.findByNip(second).orElseThrow().agencyId()).as("no unit: the coordinator's agency")
			.isEqualTo(this.agencyIds.get("36.04"));
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where recipient_account_id = ?",
				Integer.class, existing.accountId())).as("only the add sent a link, not the update").isEqualTo(1);
	}

	@Test
	void nothingIsSavedWhenTheDataChangedBetweenPreviewAndImport() {
		String first = TestData.nip();
		String taken = TestData.nip();
		String csv = HEADER + first + ",Eko Prasetyo,,,,,\n" + taken + ",Lukman Hakim,,,,,\n";
		ImportPreview preview = this.imports.preview("pegawai.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.problems()).isEmpty();
		SignIn.as(this.context, "admin");
		this.context.getBean(AccountService.class).createAccount(new NewAccount(TestData.username("prov"),
				"Lukman Hakim", null, taken, null, this.agencyIds.get("36.00.02"), Set.of(Role.PARTICIPANT),
				"sementara123"));
		SignIn.as(this.context, "koordinator");
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> this.imports.importGoodRows(preview))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("roster.import.error.changed");
		assertThat(this.people.findByNip(first)).as("all or nothing").isEmpty();
	}

	@Test
	void filesThatAreNoRosterAreExplained() {
		assertRefused("roster.import.error.empty", new byte[0]);
		assertRefused("roster.import.error.columns", "Nama,Kota\nBudi,Serang\n".getBytes(StandardCharsets.UTF_8));
		assertRefused("roster.import.error.noRows", this.imports.template(SpreadsheetFormat.CSV));
		assertRefused("roster.import.error.oldExcel",
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 });
	}

	@Test
	void filledInTemplatesAreRead() throws IOException {
		String nip = TestData.nip();
		byte[] csv = concat(this.imports.template(SpreadsheetFormat.CSV),
				(nip + ";Ika Wulandari;;;36.04.02;;\r\n").getBytes(StandardCharsets.UTF_8));
		assertThat(this.imports.preview("template-pegawai.csv", csv).goodRows()).hasSize(1);
		byte[] xlsx = this.imports.template(SpreadsheetFormat.XLSX);
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			List<String> sheets = workbook.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList();
			assertThat(sheets).containsExactly("Pegawai", "Unit");
			List<String> units = workbook.getSheets().toList().get(1).read().stream().skip(1)
				.map(row -> row.getCellText(0)).toList();
			assertThat(units).containsExactly("36.04", "36.04.01", "36.04.02", "36.04.03", "36.04.04");
		}
	}

	@Test
	void participantsCannotImport() {
		SignIn.as(this.context, "peserta");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.imports
			.preview("pegawai.csv", (HEADER + TestData.nip() + ",Siapa,,,,,\n").getBytes(StandardCharsets.UTF_8)));
	}

	private void assertRefused(String messageKey, byte[] content) {
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> this.imports.preview("x.csv", content))
			.extracting(UserFacingException::messageKey)
			.isEqualTo(messageKey);
	}

	private String provincialNip() {
		return this.people.inAgencies(List.of(this.agencyIds.get("36.00.01")))
			.stream()
			.map(PersonRef::nip)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElseThrow();
	}

	static Map<Integer, List<String>> reasonsByLine(ImportPreview preview) {
		return preview.problems().stream().collect(Collectors.toMap(ImportPreview.Problem::line,
				problem -> problem.reasons().stream().map(reason -> reason.message().messageKey()).toList()));
	}

	static String spaced(String nip) {
		return nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " " + nip.substring(15);
	}

	static byte[] concat(byte[] first, byte[] second) {
		byte[] all = new byte[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
