package id.pelita.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pelita.agency.AgencySummary;
import id.pelita.reporting.internal.AgencyJpStore;
import id.pelita.reporting.internal.AgencyJpStore.Selection;
import id.pelita.shared.JamPelajaran;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency coordinator's dashboard beyond the summary ({@link ComplianceService}): the employees below the
 * target page by page, the monthly participation of the agency's people, the cumulative JP against the steady
 * pace, and every agency in the user's reach side by side. Administrators may read any agency, a coordinator only
 * their own and the units below it.
 */
@Service
public class AgencyDashboard {

	/** The largest page of an employee list. */
	public static final int MAX_PAGE_SIZE = 500;

	/** What a page of the compliance API is recorded as in the audit log (a list of people read). */
	public static final String COMPLIANCE_API = "GET /api/v1/agencies/me/compliance";

	private static final BigDecimal TARGET = BigDecimal.valueOf(JamPelajaran.ANNUAL_TARGET.hours());

	private final AgencyJpStore store;

	private final AgencyAccess access;

	private final Clock clock;

	private final AuditLog audit;

	AgencyDashboard(AgencyJpStore store, AgencyAccess access, Clock clock, AuditLog audit) {
		this.store = store;
		this.audit = audit;
		this.access = access;
		this.clock = clock;
	}

	/** The agency the dashboard opens with for the signed-in user. */
	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public long homeAgency() {
		return this.access.home();
	}

	/** The agencies the user may pick (administrators: all; a coordinator: their own and its units). */
	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<AgencySummary> agencies() {
		return this.access.choices();
	}

	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public AgencySummary agency(long agencyId) {
		return this.access.agency(agencyId);
	}

	/** The agency's employees below 20 JP in the year, filtered, in the order asked, from {@code offset}. */
	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<EmployeeJp> belowTarget(long agencyId, int year, EmployeeJpFilter filter, EmployeeJpOrder order,
			long offset, int limit) {
		return this.store.employees(belowTarget(agencyId, year, filter), order, offset, limit);
	}

	/** How many of the agency's employees (filtered) are below 20 JP in the year. */
	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public long countBelowTarget(long agencyId, int year, EmployeeJpFilter filter) {
		return this.store.count(belowTarget(agencyId, year, filter));
	}

	/** The ranks ({@code ranks}) or positions of the agency's employees, for the filters. */
	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<String> filterValues(long agencyId, boolean ranks) {
		return this.store.distinct(this.access.tree(agencyId), ranks);
	}

	/**
	 * Every employee of the token's (or coordinator's) agency with the year's JP and whether they reached 20, by
	 * NIP, page {@code page} from 0 with {@code size} (1 to {@link #MAX_PAGE_SIZE}) a page.
	 */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public EmployeeJpPage ownEmployees(int year, int page, int size) {
		if (page < 0) {
			throw new UserFacingException("agencyDashboard.error.page", page);
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new UserFacingException("agencyDashboard.error.size", size, MAX_PAGE_SIZE);
		}
		long home = this.access.home();
		Selection all = new Selection(this.access.tree(home), year, null, null, null);
		EmployeeJpPage read = new EmployeeJpPage(this.store.employees(all,
				new EmployeeJpOrder(EmployeeJpOrder.Column.NIP, false), (long) page * size, size), page, size,
				this.store.count(all));
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("year", year);
		facts.put("page", page);
		facts.put("employees", read.employees().size());
		this.audit.recordOnItsOwn(AuditEntry.listDownloaded(COMPLIANCE_API, home, facts));
		return read;
	}

	/** The twelve months of the year's participation of the agency's people (by the runs' month). */
	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<MonthlyParticipation> participation(long agencyId, int year) {
		Map<Integer, MonthlyParticipation> found = new HashMap<>();
		ZoneId zone = CurrentUser.require().zone();
		for (MonthlyParticipation month : this.store.participation(this.access.tree(agencyId), year,
				LocalDate.now(this.clock.withZone(zone)))) {
			found.put(month.month(), month);
		}
		List<MonthlyParticipation> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			months.add(found.getOrDefault(month, new MonthlyParticipation(month, 0, 0, 0, 0)));
		}
		return months;
	}

	/** JP per month of the year (in the user's zone), the running total and the steady pace for the employees. */
	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<MonthlyJp> cumulativeJp(long agencyId, int year, long employees) {
		Map<Integer, BigDecimal> perMonth = this.store.jpByMonth(this.access.tree(agencyId), year,
				CurrentUser.require().zone());
		BigDecimal yearly = TARGET.multiply(BigDecimal.valueOf(employees));
		List<MonthlyJp> months = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (int month = 1; month <= 12; month++) {
			BigDecimal jp = perMonth.getOrDefault(month, BigDecimal.ZERO);
			total = total.add(jp);
			BigDecimal pace = yearly.multiply(BigDecimal.valueOf(month))
				.divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP)
				.stripTrailingZeros();
			months.add(new MonthlyJp(month, jp, total, pace.scale() < 0 ? pace.setScale(0) : pace));
		}
		return months;
	}

	/**
	 * Every agency in the user's reach (an administrator's: all; a coordinator's: their agency and its units), each
	 * with its sub-units, ranked by the share that reached 20 JP (then by employees, then name); agencies without
	 * employees are left out.
	 */
	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<AgencyCompliance> ranking(int year) {
		List<AgencySummary> agencies = this.access.choices();
		Map<Long, AgencySummary> byId = new HashMap<>();
		agencies.forEach(agency -> byId.put(agency.id(), agency));
		Map<Long, long[]> totals = new HashMap<>();
		this.store.employeesPerAgency(year, TARGET.doubleValue()).forEach((unit, counts) -> {
			// the unit's people count for the unit and every agency above it in reach
			for (AgencySummary at = byId.get(unit); at != null; at = at.parentId() == null ? null
					: byId.get(at.parentId())) {
				long[] total = totals.computeIfAbsent(at.id(), id -> new long[2]);
				total[0] += counts[0];
				total[1] += counts[1];
			}
		});
		List<AgencyCompliance> ranked = new ArrayList<>();
		for (AgencySummary agency : agencies) {
			long[] total = totals.get(agency.id());
			if (total != null && total[0] > 0) {
				ranked.add(new AgencyCompliance(agency.id(), agency.code(), agency.name(), total[0], total[1]));
			}
		}
		ranked.sort(Comparator.comparingDouble(AgencyCompliance::percentReached)
			.reversed()
			.thenComparing(Comparator.comparingLong(AgencyCompliance::employees).reversed())
			.thenComparing(AgencyCompliance::name));
		return ranked;
	}

	private Selection belowTarget(long agencyId, int year, EmployeeJpFilter filter) {
		Set<Long> tree = this.access.tree(agencyId);
		Set<Long> agencies = tree;
		if (filter.unitId() != null) {
			agencies = new HashSet<>(this.access.subtreeOf(filter.unitId()));
			agencies.retainAll(tree);
			if (agencies.isEmpty()) {
				agencies = Set.of(-1L);
			}
		}
		return new Selection(agencies, year, filter.rankGrade(), filter.position(), TARGET);
	}

}
