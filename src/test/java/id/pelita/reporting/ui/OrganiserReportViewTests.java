package id.pelita.reporting.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.reporting.ReportRows;
import id.pelita.shared.ui.AccessDeniedView;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The organiser report pages as the demo organiser sees them, on the hand-computed run of ReportRows. */
@SpringBootTest
@ActiveProfiles("test")
class OrganiserReportViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void runReportShowsTheFunnelTheScoreBandsAndTheEvaluation() {
		ReportRows.ScoredRun scored = new ReportRows(this.jdbc).scoredRun(new EnrolmentFixtures(this.context));
		SignIn.as(this.context, "penyelenggara");

		RunReportView view = navigate(RunReportView.class, Map.of("runId", String.valueOf(scored.runId())));

		assertThat(view.title.getText()).startsWith("Laporan angkatan: Kursus ");
		assertThat(view.attendance.getHref()).isEqualTo("kelola/angkatan/" + scored.runId() + "/kehadiran");
		assertThat(view.back.getHref()).isEqualTo("kelola/angkatan/" + scored.runId());
		assertThat(view.funnelTable.rows()).containsExactly(List.of("Terdaftar atau dinominasikan", "3", "100 %"),
				List.of("Terkonfirmasi", "3", "100 %"), List.of("Hadir di sesi", "0", "0 %"),
				List.of("Tuntas", "2", "67 %"), List.of("Bersertifikat", "1", "33 %"));
		assertThat(view.funnelChart.data().get("labels").size()).isEqualTo(5);
		assertThat(view.funnelChart.data().get("series").get(0).get("values").get(3).asDouble()).isEqualTo(2.0);
		assertThat(view.scoreTable.rows().get(9)).containsExactly("90–100", "0", "1");
		assertThat(view.averages.getText()).isEqualTo(
				"Rata-rata pre-test 52,5, post-test 84,17; rata-rata kenaikan 37,5 (dari 2 peserta dengan kedua nilai).");
		assertThat(view.noScores.isVisible()).isFalse();
		assertThat(view.evaluation.tables).singleElement()
			.satisfies(table -> assertThat(table.rows().getFirst()).containsExactly("Materi mudah dipahami", "Materi",
					"", "3", "4,33", "1: 0 · 2: 0 · 3: 0 · 4: 2 · 5: 1"));
	}

	@Test
	void monthReportKeepsItsMonthInTheAddressAndAgencyReportItsYear() {
		ReportRows.ScoredRun scored = new ReportRows(this.jdbc).scoredRun(new EnrolmentFixtures(this.context));
		SignIn.as(this.context, "penyelenggara");

		UI.getCurrent().navigate(MonthReportView.class, QueryParameters.of("bulan", "2031-05"));
		MonthReportView month = (MonthReportView) getCurrentView();

		assertThat(month.picker.title.getText()).isEqualTo("Mei 2031");
		List<String> row = month.table.rows()
			.stream()
			.filter(cells -> cells.getFirst().contains(runName(scored.runId())))
			.findFirst()
			.orElseThrow();
		assertThat(row.subList(2, 8)).containsExactly("10", "3", "30 %", "2", "66,7 %", "4,33");
		assertThat(month.empty.isVisible()).isFalse();
		// the chart draws the table's rates for the same run
		int runAt = chartIndex(month.chart, row.getFirst());
		assertThat(month.chart.data().get("series").get(0).get("values").get(runAt).asDouble()).isEqualTo(30.0);
		assertThat(month.chart.data().get("series").get(1).get("values").get(runAt).asDouble()).isEqualTo(66.7);

		UI.getCurrent().navigate(AgencyParticipationView.class, QueryParameters.of("tahun", "2031"));
		AgencyParticipationView agencies = (AgencyParticipationView) getCurrentView();

		assertThat(agencies.picker.title.getText()).isEqualTo("2031");
		String agencyName = this.jdbc.queryForObject("select name from agency where id = ?", String.class,
				scored.people().getFirst().agencyId());
		assertThat(agencies.table.rows()).contains(List.of(agencyName, "3", "3", "2", "66,7 %", "1", "0"));
		int agencyAt = chartIndex(agencies.chart, agencyName);
		assertThat(List.of(0, 1, 2).stream()
			.map(series -> agencies.chart.data().get("series").get(series).get("values").get(agencyAt).asDouble())
			.toList()).containsExactly(3.0, 3.0, 2.0);
	}

	@Test
	void coordinatorCannotOpenTheOrganiserReports() {
		SignIn.as(this.context, "koordinator");

		navigate("kelola/laporan", AccessDeniedView.class);

		assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
	}

	private static int chartIndex(ReportBarChart chart, String label) {
		List<String> labels = new java.util.ArrayList<>();
		chart.data().get("labels").forEach(node -> labels.add(node.asString()));
		assertThat(labels).contains(label);
		return labels.indexOf(label);
	}

	private String runName(long runId) {
		return this.jdbc.queryForObject("select name from course_run where id = ?", String.class, runId);
	}

}
