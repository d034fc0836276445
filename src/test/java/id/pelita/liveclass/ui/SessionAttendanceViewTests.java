package id.pelita.liveclass.ui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import com.vaadin.flow.component.button.Button;
import id.pelita.liveclass.AttendanceRow;
import id.pelita.liveclass.AttendanceSource;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.AccessDeniedView;
import id.pelita.shared.ui.HomeView;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionAttendanceViewTests extends LiveClassViewTest {

	@Test
	void organiserSeesEachParticipantsMinutesAndCorrectsOneWithAReason() {
		long runId = this.attendance.run();
		long sessionId = this.attendance.startedSession(runId, Duration.ofMinutes(90), 60);
		PelitaUser ani = this.attendance.participant(runId);
		PelitaUser budi = this.attendance.participant(runId);
		this.attendance.attended(sessionId, ani.accountId(), AttendanceSource.JITSI, -3, 45);
		SignIn.as(this.context, "penyelenggara");

		SessionAttendanceView view = navigate(SessionAttendanceView.class, session(sessionId));

		assertThat(view.title.getText()).startsWith("Kehadiran: Sesi ");
		assertThat(view.back.getHref()).isEqualTo("kelola/angkatan/" + runId + "/sesi");
		assertThat(view.runMatrix.getHref()).isEqualTo("kelola/angkatan/" + runId + "/kehadiran");
		assertThat(view.summary.getText()).isEqualTo("1 dari 2 peserta terkonfirmasi hadir.");
		assertThat(test(view.grid).size()).isEqualTo(2);
		int aniRow = rowOf(view, ani);
		assertThat(test(view.grid).getCellText(aniRow, 3)).isEqualTo("45 / 60");
		assertThat(test(view.grid).getCellText(aniRow, 4)).isEqualTo("75 %");
		assertThat(test(view.grid).getCellText(aniRow, 5)).endsWith(" WIB");
		assertThat(test(view.grid).getCellText(aniRow, 7)).isEqualTo("Jitsi (tertanam)");

		int budiRow = rowOf(view, budi);
		Button correct = (Button) test(view.grid).getCellComponent(budiRow, 8);
		assertThat(correct.getText()).isEqualTo("Koreksi");
		test(correct).click();
		CorrectionDialog dialog = $(CorrectionDialog.class).single();
		LocalDateTime start = LocalDateTime.ofInstant(this.attendance.startOf(sessionId), IndonesianTime.WIB);
		assertThat(dialog.form.from.getValue()).isEqualTo(start);
		test(dialog.form.to).setValue(start.plusMinutes(30));
		test(dialog.save).click();
		assertThat(dialog.form.reason.isInvalid()).isTrue();
		assertThat(dialog.isOpened()).isTrue();
		test(dialog.form.reason).setValue("Hadir lewat telepon karena listrik padam");
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isFalse();
		assertThat(lastNotification()).startsWith("Koreksi kehadiran ").endsWith(" disimpan.");
		budiRow = rowOf(view, budi);
		assertThat(test(view.grid).getCellText(budiRow, 3)).isEqualTo("30 / 60");
		assertThat(test(view.grid).getCellText(budiRow, 7)).isEqualTo("Koreksi manual");
		assertThat(view.summary.getText()).isEqualTo("2 dari 2 peserta terkonfirmasi hadir.");
	}

	@Test
	void aCorrectionOutsideTheSessionIsRefusedAndTheDialogStaysOpen() {
		long runId = this.attendance.run();
		long sessionId = this.attendance.startedSession(runId, Duration.ofMinutes(90), 60);
		PelitaUser ani = this.attendance.participant(runId);
		SignIn.as(this.context, "penyelenggara");
		SessionAttendanceView view = navigate(SessionAttendanceView.class, session(sessionId));
		test((Button) test(view.grid).getCellComponent(rowOf(view, ani), 8)).click();
		CorrectionDialog dialog = $(CorrectionDialog.class).single();
		LocalDateTime start = LocalDateTime.ofInstant(this.attendance.startOf(sessionId), IndonesianTime.WIB);
		test(dialog.form.from).setValue(start.minusHours(3));
		test(dialog.form.to).setValue(start.minusHours(2));
		test(dialog.form.reason).setValue("Salah jam");
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isTrue();
		assertThat(lastNotification()).startsWith("Waktu tersebut berada di luar jadwal sesi");
		assertThat(test(view.grid).getCellText(rowOf(view, ani), 3)).isEqualTo("0 / 60");
	}

	@Test
	void zoomParticipantsNobodyMatchedAreListedForTheOrganiser() {
		long runId = this.attendance.run();
		long sessionId = this.attendance.startedSession(runId, Duration.ofMinutes(90), 60);
		Instant start = this.attendance.startOf(sessionId);
		this.context.getBean(id.pelita.liveclass.internal.zoom.ZoomUnmatchedParticipants.class)
			.joined(sessionId, AttendanceSource.ZOOM_WEBHOOK, "webhook:tamu:1", "tamu-1", "Tamu Dinas Luar",
					"tamu@luar.example", start.plusSeconds(120), null);
		SignIn.as(this.context, "penyelenggara");

		SessionAttendanceView view = navigate(SessionAttendanceView.class, session(sessionId));

		assertThat(view.unmatched.isVisible()).isTrue();
		assertThat(test(view.unmatched).size()).isEqualTo(1);
		assertThat(test(view.unmatched).getCellText(0, 0)).isEqualTo("Tamu Dinas Luar");
		assertThat(test(view.unmatched).getCellText(0, 1)).isEqualTo("tamu@luar.example");
		long other = this.attendance.startedSession(runId, Duration.ofMinutes(80), 60);
		SessionAttendanceView clean = navigate(SessionAttendanceView.class, session(other));
		assertThat(clean.unmatched.isVisible()).isFalse();
	}

	@Test
	void theDownloadsCarryTheList() {
		long runId = this.attendance.run();
		long sessionId = this.attendance.session(runId, Duration.ofDays(2), 60);
		PelitaUser ani = this.attendance.participant(runId);
		this.attendance.attended(sessionId, ani.accountId(), AttendanceSource.ZOOM_REPORT, 0, 30);
		SignIn.as(this.context, "penyelenggara");
		SessionAttendanceView view = navigate(SessionAttendanceView.class, session(sessionId));

		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		test(view.csv).download(csv);
		String text = new String(csv.toByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFNo;NIP;Nama;Instansi;").contains(";30;50;").contains("Zoom (laporan)");
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		test(view.xlsx).download(xlsx);
		assertThat(xlsx.toByteArray()).startsWith('P', 'K');
	}

	@Test
	void coordinatorsAndParticipantsAreTurnedAway() {
		long runId = this.attendance.run();
		long sessionId = this.attendance.session(runId, Duration.ofDays(2), 60);
		this.attendance.enrolment().signIn(this.attendance.participant(runId));
		navigate(HomeView.class);
		navigate("kelola/sesi/" + sessionId, AccessDeniedView.class);
		assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
		SignIn.as(this.context, "koordinator");
		navigate(HomeView.class);
		navigate("kelola/sesi/" + sessionId, AccessDeniedView.class);
		assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
	}

	private int rowOf(SessionAttendanceView view, PelitaUser user) {
		for (int row = 0; row < test(view.grid).size(); row++) {
			AttendanceRow item = test(view.grid).getRow(row);
			if (item.accountId() == user.accountId()) {
				return row;
			}
		}
		throw new AssertionError("No row of " + user);
	}

}
