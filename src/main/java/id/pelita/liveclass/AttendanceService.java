package id.pelita.liveclass;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.enrolment.RunRoster;
import id.pelita.identity.AgencyDirectory;
import id.pelita.identity.AgencyDirectory.AgencyRef;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.liveclass.internal.AttendanceExport;
import id.pelita.liveclass.internal.AttendanceLedger;
import id.pelita.liveclass.internal.AttendanceLedger.Interval;
import id.pelita.liveclass.internal.AttendanceMath;
import id.pelita.liveclass.internal.LiveClassAudit;
import id.pelita.liveclass.internal.SessionRecord;
import id.pelita.liveclass.internal.SessionRepository;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance of live sessions as organisers see it (per session, per run, exports, manual corrections) and as a
 * participant sees their own. A person's minutes in a session are the union of all their intervals (Jitsi, Zoom
 * webhook, Zoom report, manual) clipped to the scheduled session; see {@link AttendanceMath}.
 */
@Service
public class AttendanceService {

	/** The longest reason of a manual correction. */
	public static final int MAX_REASON = 500;

	private final SessionRepository sessions;

	private final AttendanceLedger ledger;

	private final RunRoster roster;

	private final PersonDirectory people;

	private final AgencyDirectory agencies;

	private final RunService runs;

	private final LiveSessionService liveSessions;

	private final AttendanceExport export;

	private final Clock clock;

	private final LiveClassAudit audit;

	AttendanceService(SessionRepository sessions, AttendanceLedger ledger, RunRoster roster, PersonDirectory people,
			AgencyDirectory agencies, RunService runs, LiveSessionService liveSessions, AttendanceExport export,
			Clock clock, LiveClassAudit audit) {
		this.sessions = sessions;
		this.audit = audit;
		this.ledger = ledger;
		this.roster = roster;
		this.people = people;
		this.agencies = agencies;
		this.runs = runs;
		this.liveSessions = liveSessions;
		this.export = export;
		this.clock = clock;
	}

	/**
	 * A row per confirmed participant of the session's run, and per other person seen in it (a participant removed
	 * since, a host), ordered by name.
	 */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<AttendanceRow> ofSession(long sessionId) {
		SessionRecord session = find(sessionId);
		Map<Long, List<Interval>> byPerson = this.ledger.ofSession(sessionId)
			.stream()
			.collect(Collectors.groupingBy(Interval::accountId));
		Set<Long> confirmed = new LinkedHashSet<>(this.roster.confirmedAccounts(session.getRunId()));
		Set<Long> everyone = new LinkedHashSet<>(confirmed);
		everyone.addAll(byPerson.keySet());
		Map<Long, String> agencyNames = agencyNames();
		return persons(everyone).values()
			.stream()
			.map(person -> new AttendanceRow(person.accountId(), person.fullName(), person.nip(),
					agencyName(agencyNames, person), confirmed.contains(person.accountId()),
					AttendanceMath.summarise(byPerson.getOrDefault(person.accountId(), List.of()),
							session.getStartsAt(), session.endsAt())))
			.sorted(Comparator.comparing(AttendanceRow::fullName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/**
	 * The run's matrix: a row per confirmed participant (and per other person seen), a column per session that was
	 * not cancelled, each person's total over the run's scheduled minutes, and the run's overall percentage.
	 */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional(readOnly = true)
	public RunAttendance ofRun(long runId) {
		RunDetails run = this.runs.run(runId);
		List<LiveSession> counted = this.sessions.findByRunIdOrderByStartsAt(runId)
			.stream()
			.filter(session -> session.getStatus() != SessionStatus.CANCELLED)
			.map(session -> SessionViews.view(session, run, false))
			.toList();
		Map<Long, LiveSession> byId = counted.stream().collect(Collectors.toMap(LiveSession::id, Function.identity()));
		Duration scheduled = counted.stream()
			.map(session -> Duration.ofMinutes(session.durationMinutes()))
			.reduce(Duration.ZERO, Duration::plus);
		Map<Long, Map<Long, List<Interval>>> byPerson = new HashMap<>();
		for (Interval interval : this.ledger.ofRun(runId)) {
			if (byId.containsKey(interval.sessionId())) {
				byPerson.computeIfAbsent(interval.accountId(), id -> new HashMap<>())
					.computeIfAbsent(interval.sessionId(), id -> new ArrayList<>())
					.add(interval);
			}
		}
		Set<Long> confirmed = new LinkedHashSet<>(this.roster.confirmedAccounts(runId));
		Set<Long> everyone = new LinkedHashSet<>(confirmed);
		everyone.addAll(byPerson.keySet());
		Map<Long, String> agencyNames = agencyNames();
		List<RunAttendance.Row> rows = new ArrayList<>();
		for (PersonRef person : persons(everyone).values()) {
			Map<Long, List<Interval>> mine = byPerson.getOrDefault(person.accountId(), Map.of());
			Map<Long, PersonAttendance> bySession = new LinkedHashMap<>();
			Duration attended = Duration.ZERO;
			for (LiveSession session : counted) {
				PersonAttendance attendance = AttendanceMath.summarise(mine.getOrDefault(session.id(), List.of()),
						session.startsAt(), session.endsAt());
				bySession.put(session.id(), attendance);
				attended = attended.plus(attendance.attended());
			}
			rows.add(new RunAttendance.Row(person.accountId(), person.fullName(), person.nip(),
					agencyName(agencyNames, person), confirmed.contains(person.accountId()), bySession, attended,
					PersonAttendance.percent(attended, scheduled)));
		}
		rows.sort(Comparator.comparing(RunAttendance.Row::fullName, String.CASE_INSENSITIVE_ORDER));
		return new RunAttendance(runId, run.name(), run.courseTitle(), counted, scheduled, rows);
	}

	/**
	 * Records by hand that the person attended from {@code from} to {@code to} (source {@code MANUAL}, with the
	 * reason and who recorded it). The times are clipped to the scheduled session and to now; the person must be a
	 * confirmed participant of the run or have been seen in the session. Adds to what is there: intervals never
	 * count twice.
	 */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public void correct(long sessionId, long accountId, @Nullable Instant from, @Nullable Instant to,
			@Nullable String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new UserFacingException("attendance.error.reasonRequired");
		}
		if (why.length() > MAX_REASON) {
			throw new UserFacingException("attendance.error.reasonTooLong", MAX_REASON);
		}
		if (from == null || to == null) {
			throw new UserFacingException("attendance.error.timesRequired");
		}
		if (!to.isAfter(from)) {
			throw new UserFacingException("attendance.error.endBeforeStart");
		}
		SessionRecord session = find(sessionId);
		if (session.getStatus() == SessionStatus.CANCELLED) {
			throw new UserFacingException("liveclass.error.cancelled");
		}
		Instant now = this.clock.instant();
		Instant latest = session.endsAt().isBefore(now) ? session.endsAt() : now;
		if (!latest.isAfter(session.getStartsAt())) {
			throw new UserFacingException("attendance.error.notStarted");
		}
		Instant clippedFrom = from.isBefore(session.getStartsAt()) ? session.getStartsAt() : from;
		Instant clippedTo = to.isAfter(latest) ? latest : to;
		if (!clippedFrom.isBefore(clippedTo)) {
			throw new UserFacingException("attendance.error.outsideSession");
		}
		boolean known = this.roster.isConfirmed(session.getRunId(), accountId)
				|| this.ledger.ofSession(sessionId).stream().anyMatch(interval -> interval.accountId() == accountId);
		if (!known) {
			throw new UserFacingException("attendance.error.notParticipant");
		}
		long before = attendance(sessionId, accountId, session.getStartsAt(), session.endsAt()).minutes();
		this.ledger.record(sessionId, accountId, AttendanceSource.MANUAL, "manual-" + UUID.randomUUID(), clippedFrom,
				clippedTo, why, CurrentUser.require().accountId());
		this.audit.attendanceCorrected(session, accountId, before,
				attendance(sessionId, accountId, session.getStartsAt(), session.endsAt()).minutes(), clippedFrom,
				clippedTo, why);
	}

	/** The session's attendance list as a file, in the reader's language and zone. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional(readOnly = true)
	public void exportSession(long sessionId, SpreadsheetFormat format, Locale locale, ZoneId zone,
			OutputStream out) {
		LiveSession session = this.liveSessions.session(sessionId);
		this.export.session(session, ofSession(sessionId), format, locale, zone, out);
	}

	/** The run's matrix as a file, in the reader's language and zone. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional(readOnly = true)
	public void exportRun(long runId, SpreadsheetFormat format, Locale locale, ZoneId zone, OutputStream out) {
		this.export.run(ofRun(runId), format, locale, zone, out);
	}

	/** The signed-in person's own attendance of a session they may open ("you attended 45 of 60 minutes"). */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public PersonAttendance myAttendance(long sessionId) {
		LiveSession session = this.liveSessions.session(sessionId);
		return attendance(sessionId, CurrentUser.require().accountId(), session.startsAt(), session.endsAt());
	}

	private PersonAttendance attendance(long sessionId, long accountId, Instant start, Instant end) {
		List<Interval> mine = this.ledger.ofSession(sessionId)
			.stream()
			.filter(interval -> interval.accountId() == accountId)
			.toList();
		return AttendanceMath.summarise(mine, start, end);
	}

	private SessionRecord find(long sessionId) {
		return this.sessions.findById(sessionId)
			.orElseThrow(() -> new UserFacingException("liveclass.error.notFound"));
	}

	private Map<Long, PersonRef> persons(Set<Long> accountIds) {
		Map<Long, PersonRef> found = new LinkedHashMap<>();
		this.people.findAll(accountIds).forEach(person -> found.put(person.accountId(), person));
		return found;
	}

	private Map<Long, String> agencyNames() {
		return this.agencies.all().stream().collect(Collectors.toMap(AgencyRef::id, AgencyRef::name, (a, b) -> a));
	}

	private static @Nullable String agencyName(Map<Long, String> names, PersonRef person) {
		return person.agencyId() == null ? null : names.get(person.agencyId());
	}

}
