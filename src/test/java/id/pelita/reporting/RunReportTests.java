package id.pelita.reporting;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.learning.SurveyReport;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.support.H2Test;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The whole run report against the hand-computed run of {@link ReportRows#scoredRun}, and its files read back. */
@H2Test
class RunReportTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	RunReports reports;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void reportCountsTheFunnelBandsTheScoresAndSumsTheEvaluation() throws Exception {
		EnrolmentFixtures fixtures = new EnrolmentFixtures(this.context);
		ReportRows.ScoredRun scored = new ReportRows(this.jdbc).scoredRun(fixtures);
		PelitaUser organiser = EnrolmentFixtures.user(1L, "organiser-run-report", null, Role.ORGANISER);

		RunReport report = fixtures.as(organiser, () -> this.reports.report(scored.runId()));

		assertThat(report.funnel().nominated()).isEqualTo(3);
		assertThat(report.funnel().confirmed()).isEqualTo(3);
		assertThat(report.funnel().completed()).isEqualTo(2);
		assertThat(report.funnel().certified()).isEqualTo(1);
		assertThat(report.pre().counts()).containsExactly(0, 0, 0, 0, 1, 0, 1, 0, 0, 0);
		assertThat(report.post().counts()).containsExactly(0, 0, 0, 0, 0, 0, 0, 1, 1, 1);
		assertThat(report.averagePre()).isEqualByComparingTo("52.50");
		assertThat(report.averagePost()).isEqualByComparingTo("84.17");
		assertThat(report.averageGain()).isEqualByComparingTo("37.50");
		assertThat(report.gainCount()).isEqualTo(2);
		assertThat(report.surveys()).singleElement().satisfies(survey -> {
			assertThat(survey.responses()).isEqualTo(3);
			SurveyReport.ItemResult item = survey.allRated().getFirst();
			assertThat(item.summary().distribution()).containsExactly(0, 0, 0, 2, 1);
			assertThat(item.summary().mean()).isEqualByComparingTo("4.33");
		});

		String funnel = new String(fixtures.as(organiser, () -> this.reports.export(scored.runId(),
				RunReport.Table.FUNNEL, SpreadsheetFormat.CSV, Locale.forLanguageTag("id"))), StandardCharsets.UTF_8);
		assertThat(funnel.lines().toList()).containsExactly("\uFEFFTahap;Orang;Dari yang terdaftar",
				"Terdaftar atau dinominasikan;3;100", "Terkonfirmasi;3;100", "Hadir di sesi;0;0", "Tuntas;2;67",
				"Bersertifikat;1;33");
		byte[] scores = fixtures.as(organiser, () -> this.reports.export(scored.runId(), RunReport.Table.SCORES,
				SpreadsheetFormat.XLSX, Locale.ENGLISH));
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(scores))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.getFirst().getCellText(0)).isEqualTo("Score band");
			assertThat(rows.get(10).getCellText(0)).isEqualTo("90–100");
			assertThat(rows.get(10).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("1");
			assertThat(rows.get(12).getCellText(0)).isEqualTo("Average gain");
			assertThat(rows.get(12).getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("37.5");
		}
		String evaluation = new String(fixtures.as(organiser, () -> this.reports.export(scored.runId(),
				RunReport.Table.EVALUATION, SpreadsheetFormat.CSV, Locale.forLanguageTag("id"))),
				StandardCharsets.UTF_8);
		assertThat(evaluation).contains("Evaluasi;Materi;;Materi mudah dipahami;3;4,33;0;0;0;2;1");

		PelitaUser coordinator = fixtures.coordinator(scored.people().getFirst().agencyId());
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> fixtures.as(coordinator, () -> this.reports.report(scored.runId())));
	}

}
