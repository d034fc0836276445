package id.pelita.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pelita.catalog.internal.Course;
import id.pelita.catalog.internal.CourseRepository;
import id.pelita.catalog.internal.CourseRun;
import id.pelita.catalog.internal.CourseRunRepository;
import id.pelita.catalog.internal.RunRow;
import id.pelita.shared.JamPelajaran;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs (Angkatan) of courses: organisers create, publish, copy and cancel them; everyone reads them. A run's
 * status is read against the clock, so a published run closes its registration by itself.
 */
@Service
public class RunService {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final CourseRunRepository runs;

	private final CourseRepository courses;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RunService(CourseRunRepository runs, CourseRepository courses, ApplicationEventPublisher events, Clock clock) {
		this.runs = runs;
		this.courses = courses;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public long createRun(RunDraft draft) {
		Course course = course(draft.courseId());
		CourseRun run = new CourseRun(course.getId(), this.clock.instant());
		apply(run, draft);
		return this.runs.saveAndFlush(run).getId();
	}

	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public void updateRun(long runId, RunDraft draft) {
		CourseRun run = load(runId);
		if (run.getStatus() == RunStatus.CANCELLED || effectiveStatus(run, this.clock.instant()) == RunStatus.FINISHED) {
			throw new UserFacingException("run.error.notEditable");
		}
		if (run.getCourseId() != draft.courseId()) {
			throw new UserFacingException("run.error.courseFixed");
		}
		apply(run, draft);
	}

	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public void publish(long runId) {
		CourseRun run = load(runId);
		if (run.getStatus() != RunStatus.DRAFT) {
			throw new UserFacingException("run.error.notDraft");
		}
		checkCoherent(run.getName(), run.getRegistrationOpensAt(), run.getRegistrationClosesAt(), run.getStartsOn(),
				run.getEndsOn(), run.getSeats(), run.getAgencySeats());
		if (!run.getRegistrationClosesAt().isAfter(this.clock.instant())) {
			throw new UserFacingException("run.error.registrationPast");
		}
		run.changeStatus(RunStatus.PUBLISHED, this.clock.instant());
		this.events.publishEvent(new RunPublished(run.getId(), run.getCourseId(), YearMonth.from(run.getMonth()),
				run.getSeats(), run.getRegistrationOpensAt(), run.getRegistrationClosesAt()));
	}

	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public void closeRegistration(long runId) {
		CourseRun run = load(runId);
		if (run.getStatus() != RunStatus.PUBLISHED) {
			throw new UserFacingException("run.error.notPublished");
		}
		run.changeStatus(RunStatus.REGISTRATION_CLOSED, this.clock.instant());
	}

	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public void cancel(long runId) {
		CourseRun run = load(runId);
		if (effectiveStatus(run, this.clock.instant()) == RunStatus.FINISHED) {
			throw new UserFacingException("run.error.notEditable");
		}
		run.changeStatus(RunStatus.CANCELLED, this.clock.instant());
	}

	/** Copies a run to the following month as a draft: same course, seats and mode, dates one month later. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public long copyToNextMonth(long runId) {
		CourseRun source = load(runId);
		YearMonth month = YearMonth.from(source.getMonth()).plusMonths(1);
		CourseRun copy = new CourseRun(source.getCourseId(), this.clock.instant());
		copy.schedule(nextName(source.getName(), YearMonth.from(source.getMonth()), month), month.atDay(1),
				plusMonth(source.getRegistrationOpensAt()), plusMonth(source.getRegistrationClosesAt()),
				source.getStartsOn().plusMonths(1), source.getEndsOn().plusMonths(1), source.getSeats(),
				Map.copyOf(source.getAgencySeats()), source.getEnrolmentMode(), this.clock.instant());
		return this.runs.saveAndFlush(copy).getId();
	}

	@Transactional(readOnly = true)
	public RunDetails run(long runId) {
		CourseRun run = load(runId);
		return details(List.of(RunRow.of(run))).getFirst();
	}

	/** Runs of several ids at once, in no particular order; unknown ids are left out. */
	@Transactional(readOnly = true)
	public List<RunDetails> runs(Collection<Long> runIds) {
		return runIds.isEmpty() ? List.of() : details(this.runs.findRowsByIdIn(runIds));
	}

	/** Every run of a month, for organisers. */
	@Transactional(readOnly = true)
	public List<RunDetails> runsOfMonth(YearMonth month) {
		return details(this.runs.findByMonth(month.atDay(1)));
	}

	/** Published runs whose registration is open or upcoming, filtered as the participant chose. */
	@Transactional(readOnly = true)
	public List<RunDetails> catalogue(CatalogueFilter filter) {
		Instant now = this.clock.instant();
		Set<YearMonth> months = filter.months();
		if (months.isEmpty()) {
			YearMonth current = YearMonth.now(this.clock.withZone(IndonesianTime.DEFAULT_ZONE));
			months = Set.of(current, current.plusMonths(1));
		}
		List<LocalDate> firstDays = months.stream().map(month -> month.atDay(1)).toList();
		String text = filter.text() == null || filter.text().isBlank() ? null
				: filter.text().strip().toLowerCase(Locale.ROOT);
		return details(this.runs.findOpenOrUpcoming(RunStatus.PUBLISHED, now, firstDays)).stream()
			.filter(run -> filter.competencyType() == null || run.competencyType() == filter.competencyType())
			.filter(run -> filter.category() == null || run.category().equalsIgnoreCase(filter.category()))
			.filter(run -> filter.minJp() == null || run.jp().hours() >= filter.minJp())
			.filter(run -> filter.maxJp() == null || run.jp().hours() <= filter.maxJp())
			.filter(run -> text == null || (run.courseTitle() + " " + run.name()).toLowerCase(Locale.ROOT)
				.contains(text))
			.toList();
	}

	/** Runs taking registrations at this moment. */
	@Transactional(readOnly = true)
	public List<RunDetails> openForRegistration() {
		return details(this.runs.findTakingRegistrations(RunStatus.PUBLISHED, this.clock.instant()));
	}

	private void apply(CourseRun run, RunDraft draft) {
		ZoneId zone = CurrentUser.get().map(PelitaUser::zone).orElse(IndonesianTime.DEFAULT_ZONE);
		if (draft.registrationOpens() == null || draft.registrationCloses() == null || draft.startsOn() == null
				|| draft.endsOn() == null || draft.month() == null || draft.enrolmentMode() == null) {
			throw new UserFacingException("run.error.incomplete");
		}
		Instant opens = draft.registrationOpens().atZone(zone).toInstant();
		Instant closes = draft.registrationCloses().atZone(zone).toInstant();
		Map<Long, Integer> agencySeats = draft.agencySeats() == null ? Map.of() : draft.agencySeats();
		checkCoherent(draft.name(), opens, closes, draft.startsOn(), draft.endsOn(), draft.seats(), agencySeats);
		run.schedule(draft.name().strip(), draft.month().atDay(1), opens, closes, draft.startsOn(), draft.endsOn(),
				draft.seats(), agencySeats, draft.enrolmentMode(), this.clock.instant());
	}

	private static void checkCoherent(String name, Instant opens, Instant closes, LocalDate startsOn,
			LocalDate endsOn, int seats, Map<Long, Integer> agencySeats) {
		if (name == null || name.isBlank()) {
			throw new UserFacingException("run.error.name");
		}
		if (!opens.isBefore(closes)) {
			throw new UserFacingException("run.error.registrationOrder");
		}
		if (closes.isAfter(startsOn.plusDays(1).atStartOfDay(IndonesianTime.WIT).toInstant())) {
			throw new UserFacingException("run.error.registrationAfterStart");
		}
		if (endsOn.isBefore(startsOn)) {
			throw new UserFacingException("run.error.dateOrder");
		}
		if (seats <= 0) {
			throw new UserFacingException("run.error.seats");
		}
		if (agencySeats.values().stream().anyMatch(value -> value == null || value <= 0)) {
			throw new UserFacingException("run.error.agencySeatsPositive");
		}
		int reserved = agencySeats.values().stream().mapToInt(Integer::intValue).sum();
		if (reserved > seats) {
			throw new UserFacingException("run.error.agencySeatsTooMany", reserved, seats);
		}
	}

	private List<RunDetails> details(List<RunRow> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Set<Long> courseIds = found.stream().map(RunRow::courseId).collect(Collectors.toSet());
		Map<Long, Course> courseById = this.courses.findAllById(courseIds)
			.stream()
			.collect(Collectors.toMap(Course::getId, Function.identity()));
		Map<Long, Map<Long, Integer>> agencySeats = agencySeats(found);
		Instant now = this.clock.instant();
		return found.stream().map(run -> {
			Course course = courseById.get(run.courseId());
			RunStatus status = effectiveStatus(run.status(), run.registrationClosesAt(), run.startsOn(), run.endsOn(),
					now);
			boolean open = status == RunStatus.PUBLISHED && !now.isBefore(run.registrationOpensAt());
			return new RunDetails(run.id(), course.getId(), course.getTitle(), course.getCode(),
					course.getCompetencyType(), course.getCategory(), JamPelajaran.of(course.getJp()), run.name(),
					YearMonth.from(run.month()), run.registrationOpensAt(), run.registrationClosesAt(), run.startsOn(),
					run.endsOn(), run.seats(), agencySeats.getOrDefault(run.id(), Map.of()), run.enrolmentMode(),
					status, open);
		}).toList();
	}

	private Map<Long, Map<Long, Integer>> agencySeats(List<RunRow> found) {
		Map<Long, Map<Long, Integer>> seats = new HashMap<>();
		List<Long> ids = found.stream().map(RunRow::id).toList();
		for (int from = 0; from < ids.size(); from += 1000) {
			for (Object[] row : this.runs.findAgencySeats(ids.subList(from, Math.min(ids.size(), from + 1000)))) {
				seats.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>())
					.put(((Number) row[1]).longValue(), ((Number) row[2]).intValue());
			}
		}
		return seats;
	}

	private RunStatus effectiveStatus(CourseRun run, Instant now) {
		return effectiveStatus(run.getStatus(), run.getRegistrationClosesAt(), run.getStartsOn(), run.getEndsOn(), now);
	}

	private static RunStatus effectiveStatus(RunStatus stored, Instant registrationClosesAt, LocalDate startsOn,
			LocalDate endsOn, Instant now) {
		if (stored != RunStatus.PUBLISHED && stored != RunStatus.REGISTRATION_CLOSED) {
			return stored;
		}
		LocalDate today = LocalDate.ofInstant(now, IndonesianTime.DEFAULT_ZONE);
		if (today.isAfter(endsOn)) {
			return RunStatus.FINISHED;
		}
		if (!today.isBefore(startsOn)) {
			return RunStatus.RUNNING;
		}
		if (stored == RunStatus.REGISTRATION_CLOSED || !now.isBefore(registrationClosesAt)) {
			return RunStatus.REGISTRATION_CLOSED;
		}
		return RunStatus.PUBLISHED;
	}

	private Course course(long courseId) {
		return this.courses.findById(courseId).orElseThrow(() -> new UserFacingException("course.error.notFound"));
	}

	private CourseRun load(long runId) {
		return this.runs.findById(runId).orElseThrow(() -> new UserFacingException("run.error.notFound"));
	}

	private static Instant plusMonth(Instant instant) {
		return instant.atZone(IndonesianTime.DEFAULT_ZONE).plusMonths(1).toInstant();
	}

	/** "Angkatan III - Maret 2027" becomes "Angkatan III - April 2027"; other names get the new month added. */
	static String nextName(String name, YearMonth from, YearMonth to) {
		String oldMonth = from.getMonth().getDisplayName(TextStyle.FULL, INDONESIAN) + " " + from.getYear();
		String newMonth = to.getMonth().getDisplayName(TextStyle.FULL, INDONESIAN) + " " + to.getYear();
		return name.contains(oldMonth) ? name.replace(oldMonth, newMonth) : name + " - " + newMonth;
	}

}
