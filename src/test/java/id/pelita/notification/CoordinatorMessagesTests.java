package id.pelita.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import id.pelita.catalog.CatalogService;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDraft;
import id.pelita.catalog.RunService;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.notification.internal.CoordinatorMessages;
import id.pelita.reporting.internal.JpLedgerStore;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages to agency coordinators: registration closing with free reserved seats, and the monthly JP digest. */
abstract class CoordinatorMessagesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	CoordinatorMessages messages;

	@Autowired
	JdbcTemplate jdbc;

	private EnrolmentFixtures fixtures;

	private long serang;

	private PersonRef coordinator;

	@BeforeEach
	void serang() {
		this.fixtures = new EnrolmentFixtures(this.context);
		this.serang = this.fixtures.agency("36.04");
		this.coordinator = this.context.getBean(PersonDirectory.class)
			.coordinatorsOf(this.serang)
			.stream()
			.filter(person -> person.fullName() != null)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void coordinatorsHearOnceOfReservedSeatsStillFreeBeforeRegistrationCloses() {
		long lebak = this.fixtures.agency("36.02");
		long runId = runClosingTomorrow(Map.of(this.serang, 3, lebak, 1));
		long closingLater = this.fixtures.openRun(10, Map.of(this.serang, 2), EnrolmentMode.OPEN);
		PersonRef employee = this.fixtures.employee(this.fixtures.agency("36.04.02"));
		this.fixtures.as(EnrolmentFixtures.participant(employee),
				() -> this.context.getBean(ParticipantEnrolments.class).enrol(runId));

		this.messages.remindRegistrationClosing();
		this.messages.remindRegistrationClosing();

		List<String> payloads = payloads("registration-closing", this.coordinator.accountId());
		assertThat(payloads).filteredOn(p -> p.contains("\"runId\":\"" + runId + "\""))
			.singleElement()
			.satisfies(payload -> assertThat(payload).contains("\"free\":\"2\"").contains("\"taken\":\"1\""));
		assertThat(payloads).noneMatch(p -> p.contains("\"runId\":\"" + closingLater + "\""));
	}

	@Test
	void theMonthlyDigestCountsWhoReachedTwentyJpAndListsWhoIsBelow() {
		PersonRef achiever = this.fixtures.employee(this.fixtures.agency("36.04.02"));
		PersonRef beginner = this.fixtures.employee(this.fixtures.agency("36.04.03"));
		int year = YearMonth.now(IndonesianTime.DEFAULT_ZONE).getYear();
		JpLedgerStore ledger = this.context.getBean(JpLedgerStore.class);
		Instant now = Instant.now();
		long source = System.nanoTime();
		assertThat(ledger.credit(achiever.accountId(), year, BigDecimal.valueOf(12), "TEST", source, null, now)).isTrue();
		assertThat(ledger.credit(achiever.accountId(), year, BigDecimal.valueOf(12), "TEST", source, null, now))
			.as("the same source credits once")
			.isFalse();
		ledger.credit(achiever.accountId(), year, BigDecimal.valueOf(8), "TEST", source + 1, null, now);
		ledger.credit(beginner.accountId(), year, BigDecimal.valueOf(4.5), "TEST", source + 2, null, now);
		this.jdbc.update("delete from reminder_dispatch where dispatch_key like 'digest:%'");

		this.messages.sendMonthlyDigests();
		this.messages.sendMonthlyDigests();

		assertThat(payloads("agency-digest", this.coordinator.accountId())).hasSizeGreaterThanOrEqualTo(1)
			.last()
			.satisfies(payload -> {
				assertThat(payload).contains("\"target\":\"20\"").contains(" (0 JP)");
				int employees = number(payload, "employees");
				assertThat(number(payload, "reached") + number(payload, "below")).isEqualTo(employees);
				assertThat(number(payload, "reached")).isPositive();
				assertThat(employees).isGreaterThanOrEqualTo(2);
			});
		assertThat(this.jdbc.queryForObject("select count(*) from reminder_dispatch where dispatch_key = ?",
				Integer.class, "digest:" + this.coordinator.accountId() + ":" + YearMonth.now(IndonesianTime.DEFAULT_ZONE)))
			.isOne();
	}

	private static int number(String payload, String key) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"" + key + "\":\"(\\d+)\"").matcher(payload);
		assertThat(matcher.find()).as(key + " in " + payload).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private long runClosingTomorrow(Map<Long, Integer> agencySeats) {
		LocalDate today = LocalDate.now(IndonesianTime.DEFAULT_ZONE);
		return this.fixtures.asSystem(() -> {
			RunService runs = this.context.getBean(RunService.class);
			long courseId = this.context.getBean(CatalogService.class).courses().getFirst().id();
			long id = runs.createRun(new RunDraft(courseId, TestData.username("Tutup"),
					YearMonth.from(today.plusDays(10)), today.minusDays(1).atTime(8, 0),
					today.plusDays(1).atTime(16, 0), today.plusDays(10), today.plusDays(12), 20, agencySeats,
					EnrolmentMode.OPEN));
			runs.publish(id);
			return id;
		});
	}

	private List<String> payloads(String template, long accountId) {
		return this.jdbc.queryForList(
				"select payload from outbox_message where template = ? and recipient_account_id = ? order by id",
				String.class, template, accountId);
	}

}
