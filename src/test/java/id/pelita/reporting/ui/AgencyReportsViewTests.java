package id.pelita.reporting.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.reporting.AgencyYear;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.audit.AuditQuery;
import id.pelita.shared.audit.AuditRecord;
import id.pelita.shared.audit.AuditTrail;
import id.pelita.support.SignIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The downloads of /instansi/laporan read back: CSV and XLSX as a spreadsheet sees them, the PDF's text. */
@SpringBootTest
@ActiveProfiles("test")
class AgencyReportsViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	AgencyYear data;

	AgencyReportsView view;

	@BeforeEach
	void open() {
		this.data = new AgencyYear(this.context);
		new EnrolmentFixtures(this.context).signIn(this.data.rootCoordinator);
		this.view = at(AgencyReportsView.class, "tahun=" + this.data.year);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void theEmployeeListAsCsvHasEveryEmployeeWithJpAndReachedAndNoLiveFormula() {
		this.jdbc.update("update account set full_name = '=HYPERLINK(\"http://x\")' where id = ?",
				this.data.budi.accountId());
		List<String> lines = csv(this.view.employeesCsv);
		assertThat(lines.getFirst()).isEqualTo("\uFEFFNIP;Nama;Unit kerja;Pangkat/golongan;JP;Mencapai 20 JP");
		assertThat(lines).hasSize(7);
		assertThat(lines).contains(this.data.adi.nip() + ";Adi Saputra;Dinas Uji " + this.data.rootCode
				+ ";III/a;20;Ya");
		assertThat(lines).contains(this.data.dewi.nip() + ";Dewi Anggraini;Dinas Uji " + this.data.unitCode
				+ ";III/b;15;Tidak");
		assertThat(lines).anySatisfy(line -> assertThat(line)
			.startsWith(this.data.budi.nip() + ";\"'=HYPERLINK(\"\"http://x\"\")\";").endsWith(";9,5;Tidak"));
		assertThat(String.join("\n", lines)).doesNotContain(this.data.eko.nip());
	}

	@Test
	void everyReportDownloadIsRecordedAsAListOfTheAgencysPeople() throws IOException {
		csv(this.view.employeesCsv);
		test(this.view.pdf).download(new ByteArrayOutputStream());
		AuditTrail trail = this.context.getBean(AuditTrail.class);
		String base = "-" + this.data.rootCode.replaceAll("[^A-Za-z0-9.-]", "_") + "-" + this.data.year;
		for (String file : List.of("jp-pegawai" + base + ".csv", "ringkasan-jp" + base + ".pdf")) {
			List<AuditRecord> entries = trail.page(new AuditQuery(null, AuditAction.LIST_DOWNLOADED, AuditObject.LIST,
					file, null, null, null), null, 10);
			assertThat(entries).as(file).hasSize(1);
			assertThat(entries.getFirst().actorAccountId()).isEqualTo(this.data.rootCoordinator.accountId());
			assertThat(entries.getFirst().subjectAgencyId()).isEqualTo(this.data.root);
			assertThat(entries.getFirst().afterJson()).contains("\"year\":" + this.data.year,
					"\"agencyId\":" + this.data.root);
		}
	}

	@Test
	void theEmployeeListAsXlsxKeepsNipsAsTextAndJpAsNumbers() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		test(this.view.employeesXlsx).download(out);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
				new ReadingOptions(true, false))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(workbook.getFirstSheet().getName()).isEqualTo("JP pegawai " + this.data.year);
			assertThat(rows).hasSize(7);
			Row adi = rows.stream()
				.filter(row -> this.data.adi.nip().equals(row.getCell(0).asString()))
				.findFirst()
				.orElseThrow();
			assertThat(adi.getCell(0).getType()).isEqualTo(CellType.STRING);
			assertThat(adi.getCell(4).getType()).isEqualTo(CellType.NUMBER);
			assertThat(adi.getCell(4).asNumber()).isEqualByComparingTo("20");
			assertThat(adi.getCell(5).asString()).isEqualTo("Ya");
		}
	}

	@Test
	void theCohortReportHasOneLinePerRunWithTheAgencysPeople() throws IOException {
		List<String> lines = csv(this.view.cohortsCsv);
		assertThat(lines.getFirst())
			.isEqualTo("\uFEFFBulan;Angkatan;Kursus;Diajukan;Dikonfirmasi;Selesai;Tidak selesai");
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).startsWith(this.data.year + "-03;Angkatan Maret " + this.data.rootCode + ";")
			.endsWith(";3;2;1;1");
		assertThat(lines.get(2)).startsWith(this.data.year + "-04;Angkatan April " + this.data.rootCode + ";")
			.endsWith(";2;1;1;0");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		test(this.view.cohortsXlsx).download(out);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
				new ReadingOptions(true, false))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(3);
			assertThat(rows.get(1).getCell(3).asNumber()).isEqualByComparingTo("3");
			assertThat(rows.get(2).getCell(5).asNumber()).isEqualByComparingTo("1");
		}
	}

	@Test
	void thePdfSummaryIsOneA4PageWithTheAgencyTheYearAndTheFigures() throws IOException {
		this.jdbc.update("update agency set name = 'Badan Kepegawaian dan Pengembangan SDM Kota Tangerang Selatan' "
				+ "where id = ?", this.data.root);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		test(this.view.pdf).download(out);
		try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
			assertThat(document.getPage(0).getResources().getXObjectNames()).hasSize(2);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Badan Kepegawaian dan Pengembangan SDM Kota Tangerang Selatan")
				.contains("tahun " + this.data.year)
				.contains("Pegawai: 6")
				.contains("Mencapai 20 JP: 1 (16,7%)")
				.contains("Jumlah JP tahun ini: 44,5")
				.containsPattern("Dibuat pada \\S+, \\d{1,2} \\S+ \\d{4} \\d{2}\\.\\d{2} WIB");
		}
	}

	private List<String> csv(com.vaadin.flow.component.html.Anchor anchor) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		test(anchor).download(out);
		return List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
	}

	@SuppressWarnings("unchecked")
	private <T extends com.vaadin.flow.component.Component> T at(Class<T> view, String query) {
		com.vaadin.flow.component.UI.getCurrent().navigate(view, com.vaadin.flow.router.QueryParameters.fromString(query));
		return (T) getCurrentView();
	}

}
