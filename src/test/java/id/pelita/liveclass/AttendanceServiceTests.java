package id.pelita.liveclass;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.liveclass.internal.AttendanceLedger;
import id.pelita.liveclass.internal.AttendanceLedger.Interval;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.SignIn;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/** Attendance per session and per run, corrections and exports against a real database (H2 and PostgreSQL). */
abstract class AttendanceServiceTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AttendanceService attendance;

	@Autowired
	AttendanceLedger ledger;

	private AttendanceFixtures fixtures;

	private long runId;

	private PelitaUser ani;

	private PelitaUser budi;

	@BeforeEach
	void run() {
		this.fixtures = new AttendanceFixtures(this.context);
		this.runId = this.fixtures.run();
		this.ani = this.fixtures.participant(this.runId);
		this.budi = this.fixtures.participant(this.runId);
		SignIn.as(this.context, "penyelenggara");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aSessionListsEveryConfirmedParticipantAndWhoElseAttended() {
		long session = this.fixtures.session(this.runId, Duration.ofDays(2), 60);
		PelitaUser cita = this.fixtures.participant(this.runId);
		this.fixtures.attended(session, this.ani.accountId(), AttendanceSource.JITSI, -5, 30);
		this.fixtures.attended(session, this.ani.accountId(), AttendanceSource.ZOOM_WEBHOOK, 20, 45);
		this.fixtures.attended(session, cita.accountId(), AttendanceSource.JITSI, 10, 20);
		this.fixtures.enrolment().as(cita, () -> this.context.getBean(ParticipantEnrolments.class).cancel(this.runId));

		List<AttendanceRow> rows = this.attendance.ofSession(session);

		assertThat(rows).extracting(AttendanceRow::accountId)
			.containsExactlyInAnyOrder(this.ani.accountId(), this.budi.accountId(), cita.accountId());
		AttendanceRow ani = row(rows, this.ani);
		Instant start = this.fixtures.startOf(session);
		assertThat(ani.confirmed()).isTrue();
		assertThat(ani.nip()).hasSize(18);
		assertThat(ani.agencyName()).isEqualTo("Dinas Kesehatan Kabupaten Serang");
		assertThat(ani.attendance().minutes()).isEqualTo(45);
		assertThat(ani.attendance().scheduledMinutes()).isEqualTo(60);
		assertThat(ani.attendance().percent()).isEqualTo(75.0);
		assertThat(ani.attendance().firstJoin()).isEqualTo(start.minus(Duration.ofMinutes(5)));
		assertThat(ani.attendance().lastLeave()).isEqualTo(start.plus(Duration.ofMinutes(45)));
		assertThat(ani.attendance().sourcesInOrder()).containsExactly(AttendanceSource.JITSI,
				AttendanceSource.ZOOM_WEBHOOK);
		AttendanceRow budi = row(rows, this.budi);
		assertThat(budi.confirmed()).isTrue();
		assertThat(budi.attendance().minutes()).isZero();
		assertThat(budi.attendance().seen()).isFalse();
		AttendanceRow gone = row(rows, cita);
		assertThat(gone.confirmed()).isFalse();
		assertThat(gone.attendance().minutes()).isEqualTo(10);
	}

	@Test
	void theRunMatrixCountsSessionsThatWereNotCancelled() {
		long first = this.fixtures.session(this.runId, Duration.ofDays(2), 60);
		long second = this.fixtures.session(this.runId, Duration.ofDays(3), 30);
		long cancelled = this.fixtures.session(this.runId, Duration.ofDays(4), 60);
		this.fixtures.attended(first, this.ani.accountId(), AttendanceSource.JITSI, 0, 45);
		this.fixtures.attended(second, this.ani.accountId(), AttendanceSource.ZOOM_REPORT, -5, 40);
		this.fixtures.attended(cancelled, this.ani.accountId(), AttendanceSource.JITSI, 0, 60);
		this.context.getBean(LiveSessionService.class).cancel(cancelled, "Narasumber berhalangan");

		RunAttendance matrix = this.attendance.ofRun(this.runId);

		assertThat(matrix.sessions()).extracting(LiveSession::id).containsExactly(first, second);
		assertThat(matrix.scheduled()).isEqualTo(Duration.ofMinutes(90));
		RunAttendance.Row ani = matrix.rows().stream().filter(r -> r.accountId() == this.ani.accountId())
			.findFirst().orElseThrow();
		assertThat(ani.in(first).percent()).isEqualTo(75.0);
		assertThat(ani.in(second).percent()).isEqualTo(100.0);
		assertThat(ani.attended()).isEqualTo(Duration.ofMinutes(75));
		assertThat(ani.overallPercent()).isEqualTo(83.3);
		RunAttendance.Row budi = matrix.rows().stream().filter(r -> r.accountId() == this.budi.accountId())
			.findFirst().orElseThrow();
		assertThat(budi.overallPercent()).isZero();
		assertThat(matrix.overallPercent()).isEqualTo(41.6);
	}

	@Test
	void aManualCorrectionWithAReasonIsClippedToTheSessionAndRecordedWithItsAuthor() {
		long session = this.fixtures.startedSession(this.runId, Duration.ofMinutes(90), 60);
		Instant start = this.fixtures.startOf(session);

		this.attendance.correct(session, this.ani.accountId(), start.minus(Duration.ofMinutes(10)),
				start.plus(Duration.ofMinutes(40)), "  Ikut lewat ponsel rekan karena jaringan putus  ");

		AttendanceRow ani = row(this.attendance.ofSession(session), this.ani);
		assertThat(ani.attendance().minutes()).isEqualTo(40);
		assertThat(ani.attendance().sourcesInOrder()).containsExactly(AttendanceSource.MANUAL);
		Interval recorded = this.ledger.ofSession(session).getFirst();
		assertThat(recorded.source()).isEqualTo(AttendanceSource.MANUAL);
		assertThat(recorded.joinedAt()).isEqualTo(start);
		assertThat(recorded.reason()).isEqualTo("Ikut lewat ponsel rekan karena jaringan putus");
		assertThat(recorded.recordedBy()).isNotNull().isPositive();
	}

	@Test
	void aCorrectionOverlappingRecordedTimeCountsItOnce() {
		long session = this.fixtures.startedSession(this.runId, Duration.ofMinutes(90), 60);
		Instant start = this.fixtures.startOf(session);
		this.fixtures.attended(session, this.ani.accountId(), AttendanceSource.JITSI, 0, 30);

		this.attendance.correct(session, this.ani.accountId(), start.plus(Duration.ofMinutes(20)),
				start.plus(Duration.ofMinutes(50)), "Sinyal hilang, hadir menurut pengajar");

		assertThat(row(this.attendance.ofSession(session), this.ani).attendance().minutes()).isEqualTo(50);
	}

	@Test
	void aCorrectionIsRefusedClearlyAndRecordsNothing() {
		long session = this.fixtures.startedSession(this.runId, Duration.ofMinutes(90), 60);
		Instant start = this.fixtures.startOf(session);
		Instant from = start;
		Instant to = start.plus(Duration.ofMinutes(30));
		long ani = this.ani.accountId();

		assertRefused(() -> this.attendance.correct(session, ani, from, to, "   "), "attendance.error.reasonRequired");
		assertRefused(() -> this.attendance.correct(session, ani, from, to, null), "attendance.error.reasonRequired");
		assertRefused(() -> this.attendance.correct(session, ani, from, to, "x".repeat(501)),
				"attendance.error.reasonTooLong");
		assertRefused(() -> this.attendance.correct(session, ani, to, from, "Terbalik"),
				"attendance.error.endBeforeStart");
		assertRefused(() -> this.attendance.correct(session, ani, start.minus(Duration.ofHours(2)),
				start.minus(Duration.ofHours(1)), "Sebelum sesi"), "attendance.error.outsideSession");
		long outsider = this.fixtures.outsider().accountId();
		assertRefused(() -> this.attendance.correct(session, outsider, from, to, "Bukan peserta"),
				"attendance.error.notParticipant");
		long future = this.fixtures.session(this.runId, Duration.ofDays(2), 60);
		Instant futureStart = this.fixtures.startOf(future);
		assertRefused(() -> this.attendance.correct(future, ani, futureStart, futureStart.plusSeconds(600),
				"Belum mulai"), "attendance.error.notStarted");

		assertThat(this.ledger.ofSession(session)).isEmpty();
		assertThat(this.ledger.ofSession(future)).isEmpty();
	}

	@Test
	void aRefusalReadsInBothLanguages() {
		Translations translations = this.context.getBean(Translations.class);
		assertThat(translations.translate("attendance.error.reasonRequired", Translations.INDONESIAN))
			.isEqualTo("Isi alasan koreksi.");
		assertThat(translations.translate("attendance.error.reasonRequired", Translations.ENGLISH))
			.isEqualTo("Give a reason for the correction.");
	}

	@Test
	void theSameIntervalDeliveredTwiceCountsOnce() {
		long session = this.fixtures.session(this.runId, Duration.ofDays(2), 60);
		Instant start = this.fixtures.startOf(session);
		assertThat(this.ledger.record(session, this.ani.accountId(), AttendanceSource.ZOOM_REPORT, "row-1", start,
				start.plus(Duration.ofMinutes(30)), null, null)).isTrue();
		assertThat(this.ledger.record(session, this.ani.accountId(), AttendanceSource.ZOOM_REPORT, "row-1", start,
				start.plus(Duration.ofMinutes(50)), null, null)).isFalse();

		assertThat(this.ledger.ofSession(session)).hasSize(1);
		assertThat(row(this.attendance.ofSession(session), this.ani).attendance().minutes()).isEqualTo(30);
	}

	@Test
	void coordinatorsAndParticipantsCannotSeeOrCorrectAttendance() {
		long session = this.fixtures.startedSession(this.runId, Duration.ofMinutes(90), 60);
		Instant start = this.fixtures.startOf(session);
		SignIn.as(this.context, "koordinator");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.attendance.ofSession(session));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.attendance.ofRun(this.runId));
		this.fixtures.enrolment().signIn(this.ani);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.attendance
			.correct(session, this.ani.accountId(), start, start.plusSeconds(3600), "Saya hadir"));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> this.attendance.exportSession(session, SpreadsheetFormat.CSV, Locale.ENGLISH,
						IndonesianTime.WIB, new ByteArrayOutputStream()));
		assertThat(this.ledger.ofSession(session)).isEmpty();
	}

	@Test
	void aParticipantSeesTheirOwnAttendanceOnly() {
		long session = this.fixtures.session(this.runId, Duration.ofDays(2), 60);
		this.fixtures.attended(session, this.ani.accountId(), AttendanceSource.JITSI, 0, 45);
		this.fixtures.attended(session, this.budi.accountId(), AttendanceSource.JITSI, 0, 60);

		this.fixtures.enrolment().signIn(this.ani);
		PersonAttendance mine = this.attendance.myAttendance(session);
		assertThat(mine.minutes()).isEqualTo(45);
		assertThat(mine.scheduledMinutes()).isEqualTo(60);

		this.fixtures.enrolment().signIn(this.fixtures.outsider());
		assertThatExceptionOfType(OutsideScopeException.class)
			.isThrownBy(() -> this.attendance.myAttendance(session));
	}

	@Test
	void theSessionExportsAsCsvInTheReadersLanguage() throws Exception {
		long session = this.fixtures.session(this.runId, Duration.ofDays(2), 60);
		this.fixtures.attended(session, this.ani.accountId(), AttendanceSource.JITSI, 0, 45);
		this.fixtures.attended(session, this.budi.accountId(), AttendanceSource.ZOOM_WEBHOOK, 0, 20);
		this.fixtures.attended(session, this.budi.accountId(), AttendanceSource.MANUAL, 30, 40);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		this.attendance.exportSession(session, SpreadsheetFormat.CSV, Translations.INDONESIAN, IndonesianTime.WIB,
				out);

		byte[] bytes = out.toByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<CSVRecord> records = csv(bytes);
		assertThat(records.getFirst().toList()).containsExactly("No", "NIP", "Nama", "Instansi", "Terkonfirmasi",
				"Menit hadir", "Kehadiran (%)", "Pertama bergabung", "Terakhir keluar", "Sumber");
		CSVRecord ani = records.stream().filter(r -> r.get(1).equals(nip(this.ani))).findFirst().orElseThrow();
		assertThat(ani.get(3)).isEqualTo("Dinas Kesehatan Kabupaten Serang");
		assertThat(ani.get(4)).isEqualTo("Ya");
		assertThat(ani.get(5)).isEqualTo("45");
		assertThat(ani.get(6)).isEqualTo("75");
		assertThat(ani.get(7)).endsWith(" WIB");
		assertThat(ani.get(9)).isEqualTo("Jitsi (tertanam)");
		CSVRecord budi = records.stream().filter(r -> r.get(1).equals(nip(this.budi))).findFirst().orElseThrow();
		assertThat(budi.get(5)).isEqualTo("30");
		assertThat(budi.get(6)).isEqualTo("50");
		assertThat(budi.get(9)).isEqualTo("Zoom (webhook), Koreksi manual");
		assertThat(records).hasSize(3);
	}

	@Test
	void theRunExportsAsAWorkbookWithNumbersAsNumbers() throws Exception {
		long first = this.fixtures.session(this.runId, Duration.ofDays(2), 60);
		long second = this.fixtures.session(this.runId, Duration.ofDays(3), 60);
		this.fixtures.attended(first, this.ani.accountId(), AttendanceSource.JITSI, 0, 30);
		this.fixtures.attended(second, this.ani.accountId(), AttendanceSource.JITSI, 0, 20);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		this.attendance.exportRun(this.runId, SpreadsheetFormat.XLSX, Locale.ENGLISH, IndonesianTime.WITA, out);

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			Row header = rows.getFirst();
			assertThat(header.getCellText(2)).isEqualTo("Name");
			assertThat(header.getCellText(5)).endsWith("WITA " + titleOf(first) + " (%)");
			assertThat(header.getCellText(7)).isEqualTo("Total minutes attended");
			assertThat(header.getCellText(8)).isEqualTo("Overall attendance (%)");
			Row ani = rows.stream().skip(1).filter(r -> nip(this.ani).equals(r.getCellText(1))).findFirst()
				.orElseThrow();
			assertThat(ani.getCellAsNumber(5).orElseThrow().doubleValue()).isCloseTo(50.0, within(0.001));
			assertThat(ani.getCellAsNumber(6).orElseThrow().doubleValue()).isCloseTo(33.3, within(0.001));
			assertThat(ani.getCellAsNumber(7).orElseThrow().intValue()).isEqualTo(50);
			assertThat(ani.getCellAsNumber(8).orElseThrow().doubleValue()).isCloseTo(41.6, within(0.001));
			assertThat(rows).hasSize(3);
		}
	}

	private String titleOf(long sessionId) {
		return this.context.getBean(LiveSessionService.class).session(sessionId).title();
	}

	private String nip(PelitaUser user) {
		return this.fixtures.enrolment().asSystem(() -> this.context.getBean(id.pelita.identity.PersonDirectory.class)
			.find(user.accountId())
			.orElseThrow()
			.nip());
	}

	private static List<CSVRecord> csv(byte[] bytes) throws Exception {
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
				StandardCharsets.UTF_8)) {
			return CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get().parse(reader).getRecords();
		}
	}

	private static AttendanceRow row(List<AttendanceRow> rows, PelitaUser user) {
		return rows.stream().filter(row -> row.accountId() == user.accountId()).findFirst().orElseThrow();
	}

	private static void assertRefused(Runnable action, String key) {
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(action::run)
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo(key));
	}

}
