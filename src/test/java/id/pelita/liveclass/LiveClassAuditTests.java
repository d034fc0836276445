package id.pelita.liveclass;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import id.pelita.liveclass.internal.AttendanceLedger;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.audit.AuditQuery;
import id.pelita.shared.audit.AuditRecord;
import id.pelita.shared.audit.AuditTrail;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.H2Test;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Sessions scheduled, moved (start and duration before and after) and cancelled, and attendance corrected by hand
 * (minutes before and after) are entries of the one audit log; a correction rolled back leaves no entry.
 */
@H2Test
class LiveClassAuditTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	LiveSessionService sessions;

	@Autowired
	AttendanceService attendance;

	@Autowired
	AttendanceLedger ledger;

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate transactions;

	private AttendanceFixtures fixtures;

	private long runId;

	private PelitaUser organiser;

	@BeforeEach
	void run() {
		this.fixtures = new AttendanceFixtures(this.context);
		this.runId = this.fixtures.run();
		this.organiser = (PelitaUser) SignIn.as(this.context, "penyelenggara").getPrincipal();
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void schedulingMovingAndCancellingAreEntriesWithTheTimesBeforeAndAfter() {
		LocalDate date = LocalDate.now(IndonesianTime.WIB).plusDays(6);
		long id = this.sessions.schedule(new SessionDraft(this.runId, "Sesi audit", date, LocalTime.of(9, 0),
				IndonesianTime.WIB, 60, "JITSI", null, null));
		Instant first = ZonedDateTime.of(date, LocalTime.of(9, 0), IndonesianTime.WIB).toInstant();
		this.sessions.move(id, date.plusDays(1), LocalTime.of(13, 30), IndonesianTime.WIB, 90);
		Instant second = ZonedDateTime.of(date.plusDays(1), LocalTime.of(13, 30), IndonesianTime.WIB).toInstant();
		this.sessions.cancel(id, "Narasumber berhalangan");

		List<AuditRecord> entries = entries(id);
		assertThat(entries).extracting(AuditRecord::action, AuditRecord::actorAccountId, AuditRecord::beforeJson)
			.containsExactly(tuple("SESSION_CANCELLED", this.organiser.accountId(), "{\"status\":\"SCHEDULED\"}"),
					tuple("SESSION_MOVED", this.organiser.accountId(),
							"{\"startsAt\":\"" + first + "\",\"durationMinutes\":60}"),
					tuple("SESSION_SCHEDULED", this.organiser.accountId(), null));
		assertThat(entries.get(0).afterJson())
			.isEqualTo("{\"status\":\"CANCELLED\",\"reason\":\"Narasumber berhalangan\"}");
		assertThat(entries.get(1).afterJson())
			.isEqualTo("{\"startsAt\":\"" + second + "\",\"durationMinutes\":90,\"sequence\":1}");
		assertThat(entries.get(2).afterJson()).contains("\"runId\":" + this.runId, "\"title\":\"Sesi audit\"",
				"\"startsAt\":\"" + first + "\"", "\"provider\":\"JITSI\"");
	}

	@Test
	void aCorrectionIsAnEntryAboutThePersonWithTheMinutesBeforeAndAfter() {
		PelitaUser ani = this.fixtures.participant(this.runId);
		long session = this.fixtures.startedSession(this.runId, Duration.ofMinutes(90), 60);
		Instant start = this.fixtures.startOf(session);
		this.fixtures.attended(session, ani.accountId(), AttendanceSource.JITSI, 0, 15);

		this.attendance.correct(session, ani.accountId(), start.plus(Duration.ofMinutes(10)),
				start.plus(Duration.ofMinutes(40)), "Sinyal hilang");

		AuditRecord corrected = entries(session).stream()
			.filter(entry -> entry.action().equals("ATTENDANCE_CORRECTED"))
			.findFirst()
			.orElseThrow();
		assertThat(corrected.actorAccountId()).isEqualTo(this.organiser.accountId());
		assertThat(corrected.subjectAccountId()).isEqualTo(ani.accountId());
		assertThat(corrected.subjectAgencyId()).isEqualTo(ani.agencyId());
		assertThat(corrected.beforeJson()).isEqualTo("{\"attendedMinutes\":15}");
		assertThat(corrected.afterJson()).isEqualTo("{\"attendedMinutes\":40,\"from\":\""
				+ start.plus(Duration.ofMinutes(10)) + "\",\"to\":\"" + start.plus(Duration.ofMinutes(40))
				+ "\",\"reason\":\"Sinyal hilang\"}");
	}

	@Test
	void aCorrectionRolledBackLeavesNeitherIntervalNorEntry() {
		PelitaUser ani = this.fixtures.participant(this.runId);
		long session = this.fixtures.startedSession(this.runId, Duration.ofMinutes(90), 60);
		Instant start = this.fixtures.startOf(session);
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.transactions.executeWithoutResult(status -> {
				this.attendance.correct(session, ani.accountId(), start, start.plus(Duration.ofMinutes(30)),
						"Akan dibatalkan");
				throw new IllegalStateException("the caller's transaction fails after the correction");
			}));
		assertThat(this.ledger.ofSession(session)).isEmpty();
		assertThat(entries(session)).noneMatch(entry -> entry.action().equals("ATTENDANCE_CORRECTED"));
	}

	private List<AuditRecord> entries(long sessionId) {
		return this.trail.page(new AuditQuery(null, null, AuditObject.LIVE_SESSION, Long.toString(sessionId), null,
				null, null), null, 50);
	}

}
