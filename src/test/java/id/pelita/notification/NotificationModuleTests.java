package id.pelita.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import id.pelita.enrolment.EnrolledRun;
import id.pelita.enrolment.EnrolmentConfirmed;
import id.pelita.enrolment.EnrolmentSource;
import id.pelita.identity.PersonRef;
import id.pelita.liveclass.LiveClassFixtures;
import id.pelita.liveclass.LiveSessionRescheduled;
import id.pelita.liveclass.LiveSessionService;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification module as its neighbours drive it, through their events only: an enrolment confirmed in the
 * enrolment module becomes the participant's message and notice; a session moved in the liveclass module becomes
 * the update of each of its participants. The listeners run after the publishing transaction commits, so every
 * check waits for the state change. Bootstrapped with the modules notification depends on, the demo data the
 * fixtures use and reporting (which implements notification's {@link JpTotals} port); H2 and PostgreSQL subclasses.
 */
abstract class NotificationModuleTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NoticeService notices;

	@Test
	void anEnrolmentConfirmedInTheEnrolmentModuleBecomesTheParticipantsMessageAndNotice(Scenario scenario) {
		LiveClassFixtures fixtures = new LiveClassFixtures(this.context);
		long runId = fixtures.run();
		PersonRef person = fixtures.enrolment().employee(fixtures.enrolment().agency("36.04.02"));
		EnrolmentConfirmed confirmed = new EnrolmentConfirmed(Long.MAX_VALUE - runId, person.accountId(),
				new EnrolledRun(runId, "Manajemen ASN", "Angkatan I - Maret 2027", LocalDate.of(2027, 3, 8),
						LocalDate.of(2027, 3, 12)),
				EnrolmentSource.SELF, UUID.randomUUID());

		scenario.publish(confirmed)
			.andWaitForStateChange(() -> payloads(person.accountId(), "enrolment-confirmed"), payloads -> !payloads.isEmpty())
			.andVerify(payloads -> assertThat(payloads).singleElement()
				.satisfies(payload -> assertThat(payload).contains("\"courseTitle\":\"Manajemen ASN\"")
					.contains("\"runName\":\"Angkatan I - Maret 2027\"")
					.contains("\"source\":\"SELF\"")));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from notice n join outbox_message m on m.id = n.message_id
				where n.account_id = ? and m.template = 'enrolment-confirmed'""", Integer.class, person.accountId()))
			.as("the notice centre shows it too")
			.isEqualTo(1);
	}

	@Test
	void anEnrolmentEventDeliveredTwiceSendsOneMessage(Scenario scenario) {
		LiveClassFixtures fixtures = new LiveClassFixtures(this.context);
		long runId = fixtures.run();
		PersonRef person = fixtures.enrolment().employee(fixtures.enrolment().agency("36.04.02"));
		EnrolmentConfirmed confirmed = new EnrolmentConfirmed(Long.MAX_VALUE - runId, person.accountId(),
				new EnrolledRun(runId, "Etika Publik", "Angkatan II", LocalDate.of(2027, 4, 5),
						LocalDate.of(2027, 4, 9)),
				EnrolmentSource.ORGANISER, UUID.randomUUID());
		scenario.publish(confirmed)
			.andWaitForStateChange(() -> payloads(person.accountId(), "enrolment-confirmed"), payloads -> !payloads.isEmpty())
			.andVerify(payloads -> assertThat(payloads).hasSize(1));

		// the registry hands the same event out again (a restart after a crash between the write and the completion)
		scenario.publish(confirmed)
			.andWaitForStateChange(() -> this.jdbc.queryForObject(
					"select count(*) from event_publication where serialized_event like ?", Integer.class,
					"%" + confirmed.eventId() + "%"), count -> count != null && count == 0)
			.andVerify(count -> assertThat(payloads(person.accountId(), "enrolment-confirmed")).hasSize(1));
	}

	@Test
	void aSessionMovedInTheLiveclassModuleBecomesEachParticipantsUpdate(Scenario scenario) {
		LiveClassFixtures fixtures = new LiveClassFixtures(this.context);
		long runId = fixtures.run();
		PelitaUser first = fixtures.confirmedParticipant(runId);
		PelitaUser second = fixtures.confirmedParticipant(runId);
		long sessionId = fixtures.session(runId, Duration.ofDays(4), 90);
		ZonedDateTime later = ZonedDateTime.now(IndonesianTime.WIB).plusDays(5).withHour(9).withMinute(0)
			.withSecond(0).withNano(0);

		scenario.stimulate(() -> fixtures.enrolment().asSystem(() -> {
			this.context.getBean(LiveSessionService.class)
				.move(sessionId, later.toLocalDate(), later.toLocalTime(), IndonesianTime.WIB, 90);
			return sessionId;
		}))
			.andWaitForStateChange(() -> List.of(moved(first.accountId(), sessionId), moved(second.accountId(),
					sessionId)), updates -> updates.stream().noneMatch(List::isEmpty))
			.andVerifyEvents(events -> {
				assertThat(events.ofType(LiveSessionRescheduled.class).matching(moved -> moved.sessionId() == sessionId))
					.singleElement()
					.satisfies(moved -> assertThat(moved.startsAt()).isEqualTo(later.toInstant()));
				for (PelitaUser participant : List.of(first, second)) {
					assertThat(moved(participant.accountId(), sessionId)).singleElement()
						.satisfies(payload -> assertThat(payload)
							.contains("\"startsAt\":\"" + later.toInstant() + "\"")
							.contains("\"sequence\":\"1\"")
							.contains("\"previousStartsAt\":\"")
							.contains("/sesi/" + sessionId));
				}
			});
	}

	private List<String> payloads(long accountId, String template) {
		return this.jdbc.queryForList(
				"select payload from outbox_message where recipient_account_id = ? and template = ? order by id",
				String.class, accountId, template);
	}

	private List<String> moved(long accountId, long sessionId) {
		return this.jdbc.queryForList("""
				select payload from outbox_message
				where recipient_account_id = ? and template = 'session-moved' and payload like ?""", String.class,
				accountId, "%\"sessionId\":\"" + sessionId + "\"%");
	}

}
