package id.pelita.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pelita.catalog.CatalogService;
import id.pelita.catalog.CourseSummary;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunDraft;
import id.pelita.catalog.RunService;
import id.pelita.identity.AgencyDirectory;
import id.pelita.shared.security.SystemUser;
import id.pelita.shared.time.IndonesianTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo runs (Angkatan) of the demo courses, dated from the clock at start-up: for each course a published run
 * this month whose registration is open now and closes in a few days, and a run next month (published with its
 * registration still to open, or a draft). One run reserves seats for Kabupaten Serang, one needs agency approval,
 * one takes agency nominations only. A course that already has a run in a month gets no second one, so restarts
 * add nothing and a restart in a new month fills that month.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "pelita.demo-data.enabled", matchIfMissing = true)
@Order(20)
class DemoRuns implements ApplicationRunner {

	static final List<String> COURSE_CODES = List.of("LTS-ANTIKORUPSI", "TKS-SPBE", "MNJ-KEPEMIMPINAN",
			"PMR-PERENCANAAN", "TKS-PUBLIC-SPEAKING");

	static final String SERANG_CODE = "36.04";

	private static final int[] SEATS = { 60, 80, 40, 100, 50 };

	private static final int SERANG_SEATS = 20;

	private static final Logger log = LoggerFactory.getLogger(DemoRuns.class);

	private final CatalogService catalog;

	private final RunService runs;

	private final AgencyDirectory agencies;

	private final Clock clock;

	DemoRuns(CatalogService catalog, RunService runs, AgencyDirectory agencies, Clock clock) {
		this.catalog = catalog;
		this.runs = runs;
		this.agencies = agencies;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemUser.run(this::load);
	}

	private void load() {
		Map<String, CourseSummary> courses = this.catalog.courses()
			.stream()
			.filter(course -> COURSE_CODES.contains(course.code()))
			.collect(Collectors.toMap(CourseSummary::code, Function.identity()));
		LocalDate today = LocalDate.now(this.clock.withZone(IndonesianTime.DEFAULT_ZONE));
		YearMonth thisMonth = YearMonth.from(today);
		YearMonth nextMonth = thisMonth.plusMonths(1);
		Set<Long> runThisMonth = coursesWithRuns(thisMonth);
		Set<Long> runNextMonth = coursesWithRuns(nextMonth);
		Long serang = this.agencies.all()
			.stream()
			.filter(agency -> SERANG_CODE.equals(agency.code()))
			.map(AgencyDirectory.AgencyRef::id)
			.findFirst()
			.orElse(null);
		int created = 0;
		for (int i = 0; i < COURSE_CODES.size(); i++) {
			CourseSummary course = courses.get(COURSE_CODES.get(i));
			if (course == null) {
				continue;
			}
			Map<Long, Integer> agencySeats = i == 0 && serang != null ? Map.of(serang, SERANG_SEATS) : Map.of();
			int days = Math.max(1, (course.jp().hours() + 5) / 6);
			if (!runThisMonth.contains(course.id())) {
				LocalDate starts = today.plusDays(7 + i);
				RunDraft draft = new RunDraft(course.id(), name(thisMonth), thisMonth,
						today.minusDays(1 + i % 2).atTime(8, 0), today.plusDays(3 + i).atTime(16, 0), starts,
						starts.plusDays(days - 1), SEATS[i], agencySeats, mode(i));
				this.runs.publish(this.runs.createRun(draft));
				created++;
			}
			if (!runNextMonth.contains(course.id())) {
				LocalDate starts = nextMonth.atDay(10 + i);
				RunDraft draft = new RunDraft(course.id(), name(nextMonth), nextMonth,
						nextMonth.atDay(2 + i).atTime(8, 0), nextMonth.atDay(6 + i).atTime(16, 0), starts,
						starts.plusDays(days - 1), SEATS[i], agencySeats, mode(i));
				long runId = this.runs.createRun(draft);
				if (i % 2 == 0) {
					this.runs.publish(runId);
				}
				created++;
			}
		}
		if (created > 0) {
			log.info("Loaded {} demo runs for {} and {}", created, thisMonth, nextMonth);
		}
	}

	private Set<Long> coursesWithRuns(YearMonth month) {
		return this.runs.runsOfMonth(month).stream().map(RunDetails::courseId).collect(Collectors.toSet());
	}

	private static EnrolmentMode mode(int index) {
		return switch (index) {
			case 1 -> EnrolmentMode.OPEN_WITH_APPROVAL;
			case 2 -> EnrolmentMode.NOMINATION_ONLY;
			default -> EnrolmentMode.OPEN;
		};
	}

	/** "Angkatan I - Maret 2027": the first run of the month, named the way BPSDM announcements do. */
	static String name(YearMonth month) {
		return "Angkatan I - " + month.getMonth().getDisplayName(TextStyle.FULL, IndonesianTime.INDONESIAN) + " "
				+ month.getYear();
	}

}
