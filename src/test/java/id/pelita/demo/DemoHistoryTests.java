package id.pelita.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import id.pelita.agency.AgencyService;
import id.pelita.reporting.ComplianceService;
import id.pelita.reporting.ComplianceSummary;
import id.pelita.shared.security.SystemUser;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.Await;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The demo history on a database of its own: what the dashboards then show, and that a restart adds nothing. */
@SpringBootTest(properties = { "pelita.test.database=demo-history", "pelita.demo-data.history=true" })
@ActiveProfiles("test")
class DemoHistoryTests {

	@Autowired
	DemoHistory history;

	@Autowired
	ComplianceService compliance;

	@Autowired
	AgencyService agencies;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aYearOfFinishedRunsCreditsSomeEmployeesTwentyJpAndMostLess() {
		YearMonth now = YearMonth.now(IndonesianTime.DEFAULT_ZONE);
		// the history fills the months of this year before this one; in January and February there are too few
		assumeThat(now.getMonthValue()).isGreaterThan(2);
		int runs = count("select count(*) from course_run where ends_on < current_date and status = 'PUBLISHED'");
		assertThat(runs).isEqualTo(2 * (now.getMonthValue() - 1));
		int completions = count("select count(*) from learning_completion where status = 'COMPLETED'");
		int credits = count("select count(*) from jp_ledger_entry where source_type = 'CERTIFICATE' and source_id < 0");
		assertThat(credits).isGreaterThan(300);
		assertThat(count("select count(*) from jp_external_entry where status = 'PENDING'")).isEqualTo(2);
		assertThat(count("select count(*) from jp_external_entry where status = 'COUNTED'")).isEqualTo(10);
		// the three real certificates (two of the demo participant, one of the coordinator) credit their JP too
		Await.until("the demo certificates' credits", Duration.ofSeconds(60),
				() -> count("select count(*) from jp_ledger_entry where source_type = 'CERTIFICATE' and source_id > 0") == 3);
		assertThat(completions).isEqualTo(credits + 3);
		BigDecimal participantJp = this.jdbc.queryForObject("""
				select sum(l.jp) from jp_ledger_entry l join account a on a.id = l.account_id
				where a.nip = ? and l.voided_at is null""", BigDecimal.class, DemoDataLoader.PARTICIPANT_NIP);
		assertThat(participantJp).isEqualByComparingTo("16");

		long province = this.agencies.all().stream().filter(a -> a.code().equals("36")).findFirst().orElseThrow().id();
		ComplianceSummary[] summary = new ComplianceSummary[1];
		SystemUser.run(() -> summary[0] = this.compliance.summary(province, now.getYear()));
		assertThat(summary[0].reached()).isGreaterThan(summary[0].employees() / 10);
		assertThat(summary[0].reached()).isLessThan(summary[0].employees() / 2);

		this.history.run(new DefaultApplicationArguments());
		assertThat(count("select count(*) from course_run where ends_on < current_date and status = 'PUBLISHED'"))
			.isEqualTo(runs);
		assertThat(count("select count(*) from jp_external_entry")).isEqualTo(12);
	}

	private int count(String sql) {
		List<Integer> counts = this.jdbc.queryForList(sql, Integer.class);
		return counts.getFirst();
	}

}
