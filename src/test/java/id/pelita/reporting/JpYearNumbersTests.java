package id.pelita.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pelita.agency.ApiTokenService;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.shared.SpreadsheetFormat;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * "Numbers that are right" (issue 13): the year of {@link JpYearByHand}, built through the real services, read
 * through every door that shows it (the dashboard's summary, distribution, below-target list, ranking and monthly
 * JP; the employee JP export as CSV and XLSX; the compliance and employee JP APIs over HTTP with the agency's
 * token) and each figure checked against the totals worked out by hand, not against another door. H2 and
 * PostgreSQL subclasses; the year is built once for all the checks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JpYearNumbersTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	ComplianceService compliance;

	@Autowired
	AgencyDashboard dashboard;

	@Autowired
	AgencyReports reports;

	@Autowired
	JdbcTemplate jdbc;

	JpYearByHand data;

	EnrolmentFixtures fixtures;

	/** NIP to the JP of the year, the unit and whether 20 was reached, by hand. */
	Map<String, Expected> expected;

	String token;

	record Expected(BigDecimal jp, String unit, boolean reached) {

		Expected(String jp, String unit) {
			this(new BigDecimal(jp), unit, new BigDecimal(jp).compareTo(BigDecimal.valueOf(20)) >= 0);
		}

	}

	@BeforeAll
	void buildTheYear() {
		this.data = new JpYearByHand(this.context);
		this.fixtures = new EnrolmentFixtures(this.context);
		this.expected = new HashMap<>();
		this.expected.put(this.data.ani.nip(), new Expected("20", this.data.unitAName));
		this.expected.put(this.data.bayu.nip(), new Expected("9", this.data.unitAName));
		this.expected.put(this.data.citra.nip(), new Expected("10", this.data.unitAName));
		this.expected.put(this.data.dedi.nip(), new Expected("22", this.data.unitBName));
		this.expected.put(this.data.eka.nip(), new Expected("0", this.data.unitBName));
		this.expected.put(this.data.fikri.nip(), new Expected("19.5", this.data.unitBName));
		this.expected.put(coordinatorNip(), new Expected("0", this.data.rootName));
		this.token = "pelita_test_" + UUID.randomUUID();
		this.tokens.registerKnownToken(this.data.root, this.data.coordinator.accountId(), "HR", this.token);
	}

	@Test
	void theSummaryAndItsDistributionAreTheHandCountEmployeesMovedCountWhereTheyAreNow() {
		ComplianceSummary root = as(() -> this.compliance.summary(this.data.root, this.data.year));
		assertThat(List.of(root.employees(), root.zero(), root.below10(), root.below20(), root.reached()))
			.containsExactly(7L, 2L, 1L, 2L, 2L);
		assertThat(root.percentReached()).isEqualTo(28.6);
		ComplianceSummary unitA = as(() -> this.compliance.summary(this.data.unitA, this.data.year));
		assertThat(List.of(unitA.employees(), unitA.zero(), unitA.below10(), unitA.below20(), unitA.reached()))
			.containsExactly(3L, 0L, 1L, 1L, 1L);
		ComplianceSummary unitB = as(() -> this.compliance.summary(this.data.unitB, this.data.year));
		assertThat(List.of(unitB.employees(), unitB.zero(), unitB.below10(), unitB.below20(), unitB.reached()))
			.containsExactly(3L, 1L, 0L, 1L, 1L);
		assertThat(as(() -> this.dashboard.ranking(this.data.year)))
			.extracting(AgencyCompliance::agencyId, AgencyCompliance::employees, AgencyCompliance::reached)
			.containsExactlyInAnyOrder(tuple(this.data.root, 7L, 2L), tuple(this.data.unitA, 3L, 1L),
					tuple(this.data.unitB, 3L, 1L));
		// the year after: Bayu's training ending on 1 January and Citra's certificate completed at 00.30 WIB
		ComplianceSummary next = as(() -> this.compliance.summary(this.data.root, this.data.year + 1));
		assertThat(List.of(next.employees(), next.zero(), next.below10(), next.reached()))
			.containsExactly(7L, 5L, 2L, 0L);
	}

	@Test
	void theBelowTargetListIsEveryoneUnder20FewestFirstAndItsTotal() {
		List<EmployeeJp> all = as(() -> this.dashboard.belowTarget(this.data.root, this.data.year,
				EmployeeJpFilter.NONE, EmployeeJpOrder.FEWEST_JP_FIRST, 0, 50));
		assertThat(all).extracting(EmployeeJp::nip, employee -> employee.jp().stripTrailingZeros().toPlainString())
			.containsExactly(tuple(this.data.eka.nip(), "0"), tuple(coordinatorNip(), "0"),
					tuple(this.data.bayu.nip(), "9"), tuple(this.data.citra.nip(), "10"),
					tuple(this.data.fikri.nip(), "19.5"));
		assertThat(all).allSatisfy(employee -> assertThat(employee.unitName())
			.isEqualTo(this.expected.get(employee.nip()).unit()));
		assertThat(as(() -> this.dashboard.countBelowTarget(this.data.root, this.data.year, EmployeeJpFilter.NONE)))
			.isEqualTo(5);
		assertThat(as(() -> this.dashboard.belowTarget(this.data.root, this.data.year, EmployeeJpFilter.NONE,
				EmployeeJpOrder.FEWEST_JP_FIRST, 2, 2))).extracting(EmployeeJp::nip)
			.containsExactly(this.data.bayu.nip(), this.data.citra.nip());
		assertThat(as(() -> this.dashboard.countBelowTarget(this.data.root, this.data.year,
				new EmployeeJpFilter(this.data.unitA, null, null)))).isEqualTo(2);
	}

	@Test
	void theMonthsAreTheCompletionsAndLastDaysInWib() {
		List<MonthlyJp> months = as(() -> this.dashboard.cumulativeJp(this.data.root, this.data.year, 7));
		assertThat(months).extracting(month -> month.jp().stripTrailingZeros().toPlainString())
			.containsExactly("9", "6", "0", "0", "10", "19.5", "0", "0", "16", "0", "0", "20");
		assertThat(months.getLast().cumulative()).isEqualByComparingTo("80.5");
	}

	@Test
	void theComplianceApiGivesEveryEmployeeTheHandCountedJp() throws Exception {
		HttpResponse<String> response = get("/api/v1/agencies/me/compliance?year=" + this.data.year + "&size=100");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode api = this.json.readTree(response.body());
		assertThat(api.get("totalElements").asLong()).isEqualTo(7);
		Map<String, Expected> read = new HashMap<>();
		api.get("employees").forEach(employee -> read.put(employee.get("nip").asString(),
				new Expected(employee.get("jp").decimalValue().stripTrailingZeros(), employee.get("unit").asString(),
						employee.get("reached").asBoolean())));
		assertThat(read).isEqualTo(plain(this.expected));
	}

	@Test
	void theEmployeeApiListsExactlyTheEntriesThatCount() throws Exception {
		JsonNode ani = year(this.data.ani, this.data.year);
		assertThat(ani.get("totalJp").decimalValue()).isEqualByComparingTo("20");
		assertThat(ani.get("reached").asBoolean()).isTrue();
		assertThat(entries(ani)).containsExactly("CERTIFICATE 12", "EXTERNAL 8");
		JsonNode certificate = ani.get("entries").get(0);
		assertThat(certificate.get("certificateNumber").asString()).isEqualTo(this.data.aniCertificate);
		assertThat(certificate.get("verificationUrl").asString()).contains("/verifikasi/");
		// the revoked certificate and the training ending on 1 January are not in the year
		JsonNode bayu = year(this.data.bayu, this.data.year);
		assertThat(bayu.get("totalJp").decimalValue()).isEqualByComparingTo("9");
		assertThat(entries(bayu)).containsExactly("CERTIFICATE 9");
		assertThat(entries(year(this.data.bayu, this.data.year + 1))).containsExactly("EXTERNAL 5");
		// the rejected and the pending submission count nothing; the certificate of 00.30 WIB on 1 January is next year's
		JsonNode citra = year(this.data.citra, this.data.year);
		assertThat(citra.get("totalJp").decimalValue()).isEqualByComparingTo("10");
		assertThat(entries(citra)).containsExactly("EXTERNAL 10");
		assertThat(entries(year(this.data.citra, this.data.year + 1))).containsExactly("CERTIFICATE 6");
		JsonNode dedi = year(this.data.dedi, this.data.year);
		assertThat(dedi.get("totalJp").decimalValue()).isEqualByComparingTo("22");
		assertThat(entries(dedi)).containsExactly("CERTIFICATE 6", "CERTIFICATE 16");
		assertThat(get("/api/v1/employees/" + this.data.gita.nip() + "/jp?year=" + this.data.year).statusCode())
			.isEqualTo(404);
	}

	@Test
	void theCsvAndXlsxExportsHoldTheHandCountedJp() throws IOException {
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		as(() -> {
			this.reports.employeeList(this.data.root, this.data.year, SpreadsheetFormat.CSV, csv);
			return null;
		});
		List<String> lines = List.of(csv.toString(StandardCharsets.UTF_8).split("\r\n"));
		assertThat(lines).hasSize(8);
		Map<String, Expected> fromCsv = new HashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(";");
			fromCsv.put(cells[0], new Expected(new BigDecimal(cells[4].replace(',', '.')).stripTrailingZeros(),
					cells[2], "Ya".equals(cells[5])));
		}
		assertThat(fromCsv).isEqualTo(plain(this.expected));

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		as(() -> {
			this.reports.employeeList(this.data.root, this.data.year, SpreadsheetFormat.XLSX, xlsx);
			return null;
		});
		Map<String, Expected> fromXlsx = new HashMap<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()),
				new ReadingOptions(true, false))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(8);
			for (Row row : rows.subList(1, rows.size())) {
				fromXlsx.put(row.getCell(0).asString(), new Expected(row.getCell(4).asNumber().stripTrailingZeros(),
						row.getCell(2).asString(), "Ya".equals(row.getCell(5).asString())));
			}
		}
		assertThat(fromXlsx).isEqualTo(plain(this.expected));
	}

	private String coordinatorNip() {
		return this.jdbc.queryForObject("select nip from account where id = ?", String.class,
				this.data.coordinator.accountId());
	}

	private JsonNode year(PersonRef employee, int year) throws IOException, InterruptedException {
		HttpResponse<String> response = get("/api/v1/employees/" + employee.nip() + "/jp?year=" + year);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private static List<String> entries(JsonNode year) {
		List<String> entries = new ArrayList<>();
		year.get("entries").forEach(entry -> entries.add(entry.get("source").asString() + " "
				+ entry.get("jp").decimalValue().stripTrailingZeros().toPlainString()));
		return entries;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + this.token)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The expectations with their JP without trailing zeros, to compare with what was read back. */
	private static Map<String, Expected> plain(Map<String, Expected> expected) {
		Map<String, Expected> plain = new HashMap<>();
		expected.forEach((nip, row) -> plain.put(nip,
				new Expected(row.jp().stripTrailingZeros(), row.unit(), row.reached())));
		return plain;
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		return this.fixtures.as(this.data.coordinator, work);
	}

}
