package id.pelita.liveclass.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import id.pelita.liveclass.AttendanceSource;
import id.pelita.liveclass.RunAttendance;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.ui.AccessDeniedView;
import id.pelita.shared.ui.HomeView;
import id.pelita.support.SignIn;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunAttendanceViewTests extends LiveClassViewTest {

	@Test
	void organiserSeesTheMatrixOfPeopleAndSessions() throws Exception {
		long runId = this.attendance.run();
		long first = this.attendance.session(runId, Duration.ofDays(2), 60);
		long second = this.attendance.session(runId, Duration.ofDays(3), 30);
		PelitaUser ani = this.attendance.participant(runId);
		this.attendance.participant(runId);
		this.attendance.attended(first, ani.accountId(), AttendanceSource.JITSI, 0, 45);
		this.attendance.attended(second, ani.accountId(), AttendanceSource.ZOOM_WEBHOOK, 0, 30);
		SignIn.as(this.context, "penyelenggara");

		RunAttendanceView view = navigate(RunAttendanceView.class, run(runId));

		assertThat(view.title.getText()).startsWith("Kehadiran ");
		assertThat(view.back.getHref()).isEqualTo("kelola/angkatan/" + runId + "/sesi");
		assertThat(view.summary.getText()).isEqualTo("2 sesi, 90 menit terjadwal; kehadiran angkatan 41,6 %.");
		assertThat(view.grid.getColumns()).extracting(Grid.Column::getKey)
			.contains("session-" + first, "session-" + second, "overall");
		int aniRow = -1;
		for (int row = 0; row < test(view.grid).size(); row++) {
			RunAttendance.Row item = test(view.grid).getRow(row);
			if (item.accountId() == ani.accountId()) {
				aniRow = row;
			}
		}
		assertThat(test(view.grid).getCellText(aniRow, 2)).isEqualTo("75 %");
		assertThat(test(view.grid).getCellText(aniRow, 3)).isEqualTo("100 %");
		assertThat(test(view.grid).getCellText(aniRow, 4)).isEqualTo("83,3 %");
		assertThat(view.empty.isVisible()).isFalse();

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		test(view.xlsx).download(xlsx);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(3);
			assertThat(rows.getFirst().getCellText(8)).isEqualTo("Kehadiran keseluruhan (%)");
		}
	}

	@Test
	void aRunWithoutSessionsSaysSo() {
		long runId = this.attendance.run();
		SignIn.as(this.context, "penyelenggara");
		RunAttendanceView view = navigate(RunAttendanceView.class, run(runId));
		assertThat(view.grid.isVisible()).isFalse();
		assertThat(view.empty.getText()).isEqualTo("Angkatan ini belum memiliki sesi live.");
	}

	@Test
	void coordinatorsAreTurnedAway() {
		long runId = this.attendance.run();
		SignIn.as(this.context, "koordinator");
		navigate(HomeView.class);
		navigate("kelola/angkatan/" + runId + "/kehadiran", AccessDeniedView.class);
		assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
	}

}
