package id.pelita.reporting.ui;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.reporting.AgencyYear;
import id.pelita.reporting.EmployeeJp;
import id.pelita.shared.ui.HomeView;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class AgencyDashboardViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	AgencyYear data;

	@BeforeEach
	void signIn() {
		this.data = new AgencyYear(this.context);
		new EnrolmentFixtures(this.context).signIn(this.data.rootCoordinator);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void theCoordinatorSeesTheYearsFiguresChartsAndTheirTables() {
		AgencyDashboardView view = at(AgencyDashboardView.class, "tahun=" + this.data.year);
		assertThat(view.picker.year()).isEqualTo(this.data.year);
		assertThat(view.picker.agency.isVisible()).as("the root has a unit to pick").isTrue();
		assertThat(view.figures.employees.getText()).isEqualTo("6");
		assertThat(view.figures.reached.getText()).isEqualTo("1 (16,7%)");
		assertThat(view.figures.below.getText()).isEqualTo("5");
		assertThat(view.figures.chart.config().get("type").asString()).isEqualTo("bar");
		assertThat(view.figures.chart.config().get("datasets").get(0).get("data").toString())
			.isEqualTo("[3.0,1.0,1.0,1.0]");
		assertThat(view.figures.table.texts()).containsExactly(List.of("JP tahun ini", "Jumlah pegawai"),
				List.of("0 JP", "3"), List.of("1-9 JP", "1"), List.of("10-19 JP", "1"),
				List.of("20 JP atau lebih", "1"));
		assertThat(view.monthly.participation.texts().get(3)).containsExactly("Mar", "3", "2", "1", "1");
		assertThat(view.monthly.cumulative.texts().get(12)).containsExactly("Des", "15", "44,5", "120");
		assertThat(view.monthly.cumulativeChart.config().get("datasets").get(1).get("dashed").asBoolean()).isTrue();
		assertThat(view.belowTarget.count.getText()).isEqualTo("5 pegawai di bawah target");
		assertThat(rows(view)).extracting(EmployeeJp::fullName).endsWith("Budi Santoso", "Dewi Anggraini");
		assertThat(view.reports.getHref()).isEqualTo("instansi/laporan?tahun=" + this.data.year);
	}

	@Test
	void filtersAndOrderComeFromTheAddress() {
		AgencyDashboardView view = at(AgencyDashboardView.class, "tahun=" + this.data.year + "&unit="
				+ this.data.unitCode + "&pangkat=III/b&urut=-name");
		assertThat(view.belowTarget.unit.getValue().id()).isEqualTo(this.data.unit);
		assertThat(view.belowTarget.rank.getValue()).isEqualTo("III/b");
		assertThat(rows(view)).extracting(EmployeeJp::fullName).containsExactly("Dewi Anggraini");
		view.belowTarget.rank.clear();
		assertThat(view.belowTarget.count.getText()).isEqualTo("3 pegawai di bawah target");
		assertThat(rows(view)).extracting(EmployeeJp::fullName).first().asString().startsWith("Koordinator");
		assertThat(rows(view)).extracting(EmployeeJp::fullName).last().isEqualTo("Citra Lestari");
	}

	@Test
	void theUnitPickedShowsItsOwnFiguresAndAnAgencyOutOfReachFallsBackToTheOwn() {
		AgencyDashboardView unit = at(AgencyDashboardView.class, "tahun=" + this.data.year + "&instansi="
				+ this.data.unit);
		assertThat(unit.figures.employees.getText()).isEqualTo("3");
		AgencyDashboardView other = at(AgencyDashboardView.class, "tahun=" + this.data.year + "&instansi="
				+ this.data.other);
		assertThat(other.picker.agencyId()).isEqualTo(this.data.root);
		assertThat(other.figures.employees.getText()).isEqualTo("6");
	}

	@Test
	void theComparisonRanksTheAgencyAndItsUnitWithLinksIntoTheirDashboards() {
		AgencyComparisonView view = at(AgencyComparisonView.class, "tahun=" + this.data.year);
		List<AgencyComparisonView.Ranked> rows = test(view.grid).size() == 0 ? List.of()
				: java.util.stream.IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i))
					.toList();
		assertThat(rows).extracting(ranked -> ranked.agency().agencyId())
			.containsExactly(this.data.root, this.data.unit);
		assertThat(rows.getFirst().agency().percentReached()).isEqualTo(16.7);
		assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("16,7%");
	}

	@Test
	void coordinatorsAndAdministratorsFindThePagesInTheMenu() {
		navigate(HomeView.class);
		assertThat(menu()).contains("Dasbor instansi", "Laporan instansi", "Perbandingan instansi");
		SignIn.as(this.context, "admin");
		navigate(HomeView.class);
		assertThat(menu()).contains("Dasbor instansi", "Laporan instansi", "Perbandingan instansi");
		AgencyDashboardView view = at(AgencyDashboardView.class, "tahun=" + this.data.year + "&instansi="
				+ this.data.other);
		assertThat(view.picker.agencyId()).isEqualTo(this.data.other);
		assertThat(view.figures.employees.getText()).isEqualTo("2");
	}

	@Test
	void anAgencyWithoutEmployeesSaysSoInsteadOfCongratulating() {
		SignIn.as(this.context, "admin");
		org.springframework.jdbc.core.JdbcTemplate jdbc = this.context
			.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
		String code = this.data.rootCode + "-KOSONG";
		jdbc.update("insert into agency (code, name, kind, parent_id, created_at) values (?, 'Dinas Kosong', 'OPD', ?, ?)",
				code, this.data.root, java.sql.Timestamp.from(java.time.Instant.now()));
		long empty = jdbc.queryForObject("select id from agency where code = ?", Long.class, code);
		AgencyDashboardView view = at(AgencyDashboardView.class, "tahun=" + this.data.year + "&instansi=" + empty);
		assertThat(view.figures.employees.getText()).isEqualTo("0");
		assertThat(view.belowTarget.empty.isVisible()).isTrue();
		assertThat(view.belowTarget.empty.getText()).isEqualTo("Belum ada pegawai di instansi ini. Tambahkan pegawai di halaman Pegawai.");
		assertThat(view.belowTarget.grid.isVisible()).isFalse();
	}

	private List<String> menu() {
		return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
	}

	private List<EmployeeJp> rows(AgencyDashboardView view) {
		var grid = test(view.belowTarget.grid);
		return java.util.stream.IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
	}

	@SuppressWarnings("unchecked")
	private <T extends com.vaadin.flow.component.Component> T at(Class<T> view, String query) {
		com.vaadin.flow.component.UI.getCurrent().navigate(view, com.vaadin.flow.router.QueryParameters.fromString(query));
		return (T) getCurrentView();
	}

}
