package id.pelita.notification.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.pelita.enrolment.ReservedSeats;
import id.pelita.identity.AgencyDirectory;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.notification.JpTotals;
import id.pelita.shared.JamPelajaran;
import id.pelita.shared.PublicUrl;
import id.pelita.shared.time.IndonesianTime;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What agency coordinators are told on a schedule: that registration of a run closes soon while seats reserved for
 * their agency are still free, and each month how their employees stand against the 20 JP a year. Each message is
 * claimed once in {@code reminder_dispatch}, so a job run twice (a recovered trigger, two nodes) sends nothing twice.
 */
@Component
public class CoordinatorMessages {

	static final String REGISTRATION_CLOSING = "registration-closing";

	static final String DIGEST = "agency-digest";

	/** How long before registration closes the coordinators hear of their free seats. */
	static final Duration CLOSING_NOTICE = Duration.ofHours(48);

	/** How many names below the target a digest lists (the count covers everyone). */
	static final int DIGEST_NAMES = 50;

	private final ReservedSeats reservedSeats;

	private final PersonDirectory people;

	private final AgencyDirectory agencies;

	private final JpTotals jp;

	private final OutboxWriter outbox;

	private final DispatchLog dispatches;

	private final Clock clock;

	private final PublicUrl publicUrl;

	CoordinatorMessages(ReservedSeats reservedSeats, PersonDirectory people, AgencyDirectory agencies, JpTotals jp,
			OutboxWriter outbox, DispatchLog dispatches, Clock clock, PublicUrl publicUrl) {
		this.reservedSeats = reservedSeats;
		this.people = people;
		this.agencies = agencies;
		this.jp = jp;
		this.outbox = outbox;
		this.dispatches = dispatches;
		this.clock = clock;
		this.publicUrl = publicUrl;
	}

	/**
	 * Tells the coordinators of each agency that still has free reserved seats in a run whose registration closes
	 * within 48 hours - once per run and agency.
	 * @return how many messages were enqueued
	 */
	@Transactional
	public int remindRegistrationClosing() {
		Instant now = this.clock.instant();
		List<OutboxEntry> entries = new ArrayList<>();
		for (ReservedSeats.Left left : this.reservedSeats.freeInRunsClosingBetween(now, now.plus(CLOSING_NOTICE))) {
			List<PersonRef> coordinators = this.people.coordinatorsOf(left.agencyId());
			if (coordinators.isEmpty() || !this.dispatches.claim("closing:%d:%d".formatted(left.runId(), left.agencyId()),
					coordinators.size(), now)) {
				continue;
			}
			for (PersonRef coordinator : coordinators) {
				Map<String, String> parameters = new HashMap<>();
				parameters.put("runId", String.valueOf(left.runId()));
				parameters.put("courseTitle", left.courseTitle());
				parameters.put("runName", left.runName());
				parameters.put("registrationClosesAt", left.registrationClosesAt().toString());
				parameters.put("reserved", String.valueOf(left.reserved()));
				parameters.put("taken", String.valueOf(left.taken()));
				parameters.put("free", String.valueOf(left.free()));
				parameters.put("agencyName", agencyName(left.agencyId()));
				parameters.put("pageUrl", this.publicUrl.link("/instansi/nominasi"));
				entries.add(new OutboxEntry(coordinator.accountId(), coordinator.email(), REGISTRATION_CLOSING,
						coordinator.language(), parameters));
			}
		}
		if (!entries.isEmpty()) {
			this.outbox.enqueue(entries);
		}
		return entries.size();
	}

	/**
	 * The monthly digest for each coordinator: their agency's employees (units below included), JP so far this
	 * year, and who is below the target - once per coordinator and month.
	 * @return how many digests were enqueued
	 */
	@Transactional
	public int sendMonthlyDigests() {
		Instant now = this.clock.instant();
		YearMonth month = YearMonth.from(now.atZone(IndonesianTime.DEFAULT_ZONE));
		List<OutboxEntry> entries = new ArrayList<>();
		Map<Long, List<PersonRef>> byAgency = this.people.coordinators()
			.stream()
			.collect(Collectors.groupingBy(PersonRef::agencyId));
		for (Map.Entry<Long, List<PersonRef>> agency : byAgency.entrySet()) {
			List<PersonRef> employees = this.people.inAgencies(this.agencies.subtreeOf(agency.getKey()))
				.stream()
				.filter(person -> person.nip() != null)
				.toList();
			Map<Long, BigDecimal> earned = this.jp.totals(month.getYear(),
					employees.stream().map(PersonRef::accountId).toList());
			BigDecimal target = BigDecimal.valueOf(JamPelajaran.ANNUAL_TARGET.hours());
			List<PersonRef> below = employees.stream()
				.filter(person -> earned.getOrDefault(person.accountId(), BigDecimal.ZERO).compareTo(target) < 0)
				.sorted(Comparator.comparing((PersonRef person) -> earned.getOrDefault(person.accountId(), BigDecimal.ZERO))
					.thenComparing(PersonRef::fullName))
				.toList();
			String names = below.stream()
				.limit(DIGEST_NAMES)
				.map(person -> person.fullName() + " (" + earned.getOrDefault(person.accountId(), BigDecimal.ZERO)
					.stripTrailingZeros()
					.toPlainString() + " JP)")
				.collect(Collectors.joining("; "));
			for (PersonRef coordinator : agency.getValue()) {
				if (!this.dispatches.claim("digest:%d:%s".formatted(coordinator.accountId(), month), 1, now)) {
					continue;
				}
				Map<String, String> parameters = new HashMap<>();
				parameters.put("agencyName", agencyName(agency.getKey()));
				parameters.put("year", String.valueOf(month.getYear()));
				parameters.put("month", month.toString());
				parameters.put("employees", String.valueOf(employees.size()));
				parameters.put("reached", String.valueOf(employees.size() - below.size()));
				parameters.put("below", String.valueOf(below.size()));
				parameters.put("target", String.valueOf(JamPelajaran.ANNUAL_TARGET.hours()));
				parameters.put("belowNames", names);
				parameters.put("pageUrl", this.publicUrl.link("/instansi/pegawai"));
				entries.add(new OutboxEntry(coordinator.accountId(), coordinator.email(), DIGEST,
						coordinator.language(), parameters));
			}
		}
		if (!entries.isEmpty()) {
			this.outbox.enqueue(entries);
		}
		return entries.size();
	}

	private String agencyName(long agencyId) {
		return this.agencies.find(agencyId).map(AgencyDirectory.AgencyRef::name).orElse("");
	}

}
