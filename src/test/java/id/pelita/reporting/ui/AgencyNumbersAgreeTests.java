package id.pelita.reporting.ui;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import id.pelita.agency.ApiTokenService;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.reporting.AgencyYear;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same numbers everywhere on the hand-computed {@link AgencyYear}: the dashboard page's figures, the employee
 * JP export of the reports page and the compliance API read over HTTP with the agency's token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AgencyNumbersAgreeTests extends SpringBrowserlessTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenService tokens;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void theDashboardPageTheExportAndTheApiGiveTheSameNumbers() throws Exception {
		AgencyYear data = new AgencyYear(this.context);
		String token = "pelita_test_" + UUID.randomUUID();
		this.tokens.registerKnownToken(data.root, data.rootCoordinator.accountId(), "HR", token);
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/agencies/me/compliance?year="
					+ data.year + "&size=100"))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode api = this.json.readTree(response.body());
		Map<String, BigDecimal> apiJp = new TreeMap<>();
		api.get("employees").forEach(employee -> apiJp.put(employee.get("nip").asString(),
				employee.get("jp").decimalValue().stripTrailingZeros()));
		long apiReached = StreamSupport.stream(api.get("employees").spliterator(), false)
			.filter(employee -> employee.get("reached").asBoolean())
			.count();

		new EnrolmentFixtures(this.context).signIn(data.rootCoordinator);
		UI.getCurrent().navigate(AgencyReportsView.class, QueryParameters.fromString("tahun=" + data.year));
		AgencyReportsView reports = (AgencyReportsView) getCurrentView();
		Map<String, BigDecimal> exportJp = new TreeMap<>();
		long exportReached = 0;
		for (String line : csv(reports.employeesCsv).subList(1, 7)) {
			String[] cells = line.split(";");
			exportJp.put(cells[0], new BigDecimal(cells[4].replace(',', '.')).stripTrailingZeros());
			exportReached += "Ya".equals(cells[5]) ? 1 : 0;
		}

		UI.getCurrent().navigate(AgencyDashboardView.class, QueryParameters.fromString("tahun=" + data.year));
		AgencyDashboardView dashboard = (AgencyDashboardView) getCurrentView();
		String employees = dashboard.figures.employees.getText();
		String reached = dashboard.figures.reached.getText();
		String below = dashboard.figures.below.getText();
		assertThat(dashboard.belowTarget.count.getText()).startsWith(below + " ");

		assertThat(exportJp).isEqualTo(apiJp);
		assertThat(apiJp).hasSize(6).containsEntry(data.budi.nip(), new BigDecimal("9.5"))
			.containsEntry(data.dewi.nip(), new BigDecimal("15"));
		assertThat(employees).isEqualTo(String.valueOf(api.get("totalElements").asLong())).isEqualTo("6");
		assertThat(reached).startsWith(apiReached + " (");
		assertThat(exportReached).isEqualTo(apiReached).isEqualTo(1);
		assertThat(below).isEqualTo(String.valueOf(apiJp.size() - apiReached));
	}

	private List<String> csv(Anchor anchor) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		test(anchor).download(out);
		return List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
	}

}
