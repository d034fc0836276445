package id.pelita.reporting;

import java.math.BigDecimal;
import java.util.List;

import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.shared.UserFacingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dashboard's lists and series against the hand-computed {@link AgencyYear}. H2 and PostgreSQL subclasses. */
abstract class AgencyDashboardTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AgencyDashboard dashboard;

	@Autowired
	ComplianceService compliance;

	AgencyYear data;

	EnrolmentFixtures fixtures;

	@BeforeEach
	void buildTheYear() {
		this.data = new AgencyYear(this.context);
		this.fixtures = new EnrolmentFixtures(this.context);
	}

	@Test
	void theBelowTargetListHoldsEveryoneUnder20FewestFirstAndPagesInTheDatabase() {
		List<EmployeeJp> all = as(() -> this.dashboard.belowTarget(this.data.root, this.data.year,
				EmployeeJpFilter.NONE, EmployeeJpOrder.FEWEST_JP_FIRST, 0, 50));
		assertThat(all).extracting(EmployeeJp::accountId)
			.doesNotContain(this.data.adi.accountId(), this.data.eko.accountId())
			.hasSize(5);
		assertThat(all.subList(3, 5)).extracting(EmployeeJp::fullName, EmployeeJp::jp)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Budi Santoso", new BigDecimal("9.5")),
					org.assertj.core.groups.Tuple.tuple("Dewi Anggraini", new BigDecimal("15")));
		assertThat(all.subList(0, 3)).allSatisfy(employee -> assertThat(employee.jp()).isEqualByComparingTo("0"));
		assertThat(as(() -> this.dashboard.countBelowTarget(this.data.root, this.data.year, EmployeeJpFilter.NONE)))
			.isEqualTo(5);
		List<EmployeeJp> second = as(() -> this.dashboard.belowTarget(this.data.root, this.data.year,
				EmployeeJpFilter.NONE, EmployeeJpOrder.FEWEST_JP_FIRST, 2, 2));
		assertThat(second).isEqualTo(all.subList(2, 4));
		List<EmployeeJp> mostFirst = as(() -> this.dashboard.belowTarget(this.data.root, this.data.year,
				EmployeeJpFilter.NONE, new EmployeeJpOrder(EmployeeJpOrder.Column.JP, true), 0, 1));
		assertThat(mostFirst).extracting(EmployeeJp::fullName).containsExactly("Dewi Anggraini");
		assertThat(all).filteredOn(employee -> employee.accountId() == this.data.dewi.accountId())
			.singleElement()
			.satisfies(dewi -> {
				assertThat(dewi.unitName()).isEqualTo("Dinas Uji " + this.data.unitCode);
				assertThat(dewi.rankGrade()).isEqualTo("III/b");
				assertThat(dewi.position()).isEqualTo("Analis");
				assertThat(dewi.nip()).isEqualTo(this.data.dewi.nip());
			});
	}

	@Test
	void filtersNarrowTheListByUnitRankAndPosition() {
		List<EmployeeJp> unit = as(() -> this.dashboard.belowTarget(this.data.root, this.data.year,
				new EmployeeJpFilter(this.data.unit, null, null), EmployeeJpOrder.FEWEST_JP_FIRST, 0, 50));
		assertThat(unit).extracting(EmployeeJp::accountId)
			.containsExactlyInAnyOrder(this.data.citra.accountId(), this.data.dewi.accountId(),
					this.data.unitCoordinator.accountId());
		List<EmployeeJp> rank = as(() -> this.dashboard.belowTarget(this.data.root, this.data.year,
				new EmployeeJpFilter(null, "III/b", null), new EmployeeJpOrder(EmployeeJpOrder.Column.NAME, false), 0,
				50));
		assertThat(rank).extracting(EmployeeJp::fullName).containsExactly("Budi Santoso", "Dewi Anggraini");
		EmployeeJpFilter both = new EmployeeJpFilter(this.data.unit, "III/a", "Pranata");
		assertThat(as(() -> this.dashboard.belowTarget(this.data.root, this.data.year, both,
				EmployeeJpOrder.FEWEST_JP_FIRST, 0, 50))).extracting(EmployeeJp::fullName).containsExactly("Citra Lestari");
		assertThat(as(() -> this.dashboard.countBelowTarget(this.data.root, this.data.year, both))).isEqualTo(1);
		assertThat(as(() -> this.dashboard.filterValues(this.data.root, true))).containsExactly("III/a", "III/b");
		assertThat(as(() -> this.dashboard.filterValues(this.data.root, false))).containsExactly("Analis", "Pranata");
		// a unit outside the agency finds nobody
		assertThat(as(() -> this.dashboard.countBelowTarget(this.data.root, this.data.year,
				new EmployeeJpFilter(this.data.other, null, null)))).isZero();
	}

	@Test
	void monthlyParticipationCountsTheAgencysPeopleInTheRunsOfEachMonth() {
		List<MonthlyParticipation> months = as(() -> this.dashboard.participation(this.data.root, this.data.year));
		assertThat(months).hasSize(12);
		assertThat(months.get(2)).isEqualTo(new MonthlyParticipation(3, 3, 2, 1, 1));
		assertThat(months.get(3)).isEqualTo(new MonthlyParticipation(4, 2, 1, 1, 0));
		assertThat(months.get(0)).isEqualTo(new MonthlyParticipation(1, 0, 0, 0, 0));
		List<MonthlyParticipation> unit = as(() -> this.fixtures.as(this.data.unitCoordinator,
				() -> this.dashboard.participation(this.data.unit, this.data.year)));
		assertThat(unit.get(2)).isEqualTo(new MonthlyParticipation(3, 1, 0, 0, 0));
		assertThat(unit.get(3)).isEqualTo(new MonthlyParticipation(4, 1, 1, 1, 0));
	}

	@Test
	void cumulativeJpFollowsTheMonthsInWibAgainstTheSteadyPace() {
		List<MonthlyJp> months = as(() -> this.dashboard.cumulativeJp(this.data.root, this.data.year, 6));
		assertThat(months).hasSize(12);
		assertThat(months).extracting(month -> month.jp().stripTrailingZeros().toPlainString())
			.containsExactly("12", "0", "9.5", "0", "8", "0", "0", "0", "0", "0", "0", "15");
		assertThat(months).extracting(month -> month.cumulative().stripTrailingZeros().toPlainString())
			.containsExactly("12", "12", "21.5", "21.5", "29.5", "29.5", "29.5", "29.5", "29.5", "29.5", "29.5",
					"44.5");
		assertThat(months.getFirst().steadyPace()).isEqualByComparingTo("10");
		assertThat(months.get(5).steadyPace()).isEqualByComparingTo("60");
		assertThat(months.getLast().steadyPace()).isEqualByComparingTo("120");
	}

	@Test
	void theRankingShowsEachAgencyWithItsUnitsAndTheSummaryAgrees() {
		List<AgencyCompliance> ranking = as(() -> this.dashboard.ranking(this.data.year));
		assertThat(ranking).extracting(AgencyCompliance::agencyId, AgencyCompliance::employees,
				AgencyCompliance::reached)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.data.root, 6L, 1L),
					org.assertj.core.groups.Tuple.tuple(this.data.unit, 3L, 0L));
		ComplianceSummary summary = as(() -> this.compliance.summary(this.data.root, this.data.year));
		assertThat(ranking.getFirst().percentReached()).isEqualTo(summary.percentReached()).isEqualTo(16.7);
		List<AgencyCompliance> everything = this.fixtures.asSystem(() -> this.dashboard.ranking(this.data.year));
		assertThat(everything).extracting(AgencyCompliance::agencyId)
			.contains(this.data.root, this.data.unit, this.data.other);
		int other = everything.stream().map(AgencyCompliance::agencyId).toList().indexOf(this.data.other);
		int root = everything.stream().map(AgencyCompliance::agencyId).toList().indexOf(this.data.root);
		// the other agency: 2 employees (Eko with 30 JP and its coordinator), 50%, ranked above the root's 16.7%
		assertThat(everything.get(other).percentReached()).isEqualTo(50.0);
		assertThat(other).isLessThan(root);
	}

	@Test
	void theOwnEmployeesPageIsTheTokensAgencyByNipWithTheTotal() {
		EmployeeJpPage first = this.fixtures.as(this.data.rootCoordinator,
				() -> this.dashboard.ownEmployees(this.data.year, 0, 4));
		assertThat(first.total()).isEqualTo(6);
		assertThat(first.employees()).hasSize(4);
		assertThat(first.hasNext()).isTrue();
		EmployeeJpPage second = this.fixtures.as(this.data.rootCoordinator,
				() -> this.dashboard.ownEmployees(this.data.year, 1, 4));
		assertThat(second.employees()).hasSize(2);
		assertThat(second.hasNext()).isFalse();
		List<String> nips = java.util.stream.Stream.concat(first.employees().stream(), second.employees().stream())
			.map(EmployeeJp::nip)
			.toList();
		assertThat(nips).isSorted().doesNotHaveDuplicates().doesNotContain(this.data.eko.nip());
		assertThat(java.util.stream.Stream.concat(first.employees().stream(), second.employees().stream())
			.filter(EmployeeJp::reached)).extracting(EmployeeJp::accountId).containsExactly(this.data.adi.accountId());
		assertThatThrownBy(() -> this.fixtures.as(this.data.rootCoordinator,
				() -> this.dashboard.ownEmployees(this.data.year, 0, 501))).isInstanceOf(UserFacingException.class);
	}

	@Test
	void aCoordinatorReadsOnlyTheirOwnAgencyAndItsUnits() {
		assertThatThrownBy(() -> this.fixtures.as(this.data.unitCoordinator,
				() -> this.dashboard.belowTarget(this.data.root, this.data.year, EmployeeJpFilter.NONE,
						EmployeeJpOrder.FEWEST_JP_FIRST, 0, 10)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.fixtures.as(this.data.otherCoordinator,
				() -> this.dashboard.participation(this.data.root, this.data.year)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.fixtures.as(this.data.unitCoordinator, () -> this.dashboard.agencies()))
			.extracting(agency -> agency.id())
			.containsExactly(this.data.unit);
		assertThat(this.fixtures.as(this.data.rootCoordinator, () -> this.dashboard.ranking(this.data.year)))
			.extracting(AgencyCompliance::agencyId)
			.doesNotContain(this.data.other);
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		return this.fixtures.as(this.data.rootCoordinator, work);
	}

}
