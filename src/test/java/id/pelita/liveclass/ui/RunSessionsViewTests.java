package id.pelita.liveclass.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.LiveSessionService;
import id.pelita.liveclass.SessionStatus;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.AccessDeniedView;
import id.pelita.shared.ui.HomeView;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class RunSessionsViewTests extends LiveClassViewTest {

	@Autowired
	LiveSessionService sessions;

	private long runId;

	private final LocalDate inFiveDays = LocalDate.now(IndonesianTime.WIB).plusDays(5);

	@BeforeEach
	void signInAsOrganiserWithARun() {
		this.runId = this.fixtures.run();
		SignIn.as(this.context, "penyelenggara");
	}

	@Test
	void organiserSchedulesASessionThroughTheDialog() {
		RunSessionsView view = open();
		assertThat(view.empty.isVisible()).isTrue();
		assertThat(view.empty.getText()).isEqualTo("Belum ada sesi terjadwal untuk angkatan ini.");
		test(view.schedule).click();
		SessionForm form = find(SessionForm.class).single();
		assertThat(form.zone.getValue()).isEqualTo(IndonesianTime.WIB);
		assertThat(form.provider.getValue()).isEqualTo("JITSI");
		assertThat(form.provider.getItemEnabledProvider().test("ZOOM")).as("Zoom is not configured")
			.isFalse();
		assertThat(form.host.getValue().accountId()).as("the organiser hosts by default")
			.isEqualTo(CurrentUser.require().accountId());
		test(form.title).setValue("Pembukaan dan Orientasi");
		test(form.date).setValue(this.inFiveDays);
		test(form.time).setValue(LocalTime.of(13, 30));
		test(form.zone).selectItem("WITA (Waktu Indonesia Tengah, UTC+8)");
		test(form.duration).setValue(120);
		test(form.instructor).setValue("Dr. Siti Rahma, M.Si.");
		test(find(SessionDialog.class).single().confirm).click();

		assertThat(lastNotification())
			.isEqualTo("Sesi Pembukaan dan Orientasi dijadwalkan; peserta akan menerima undangan.");
		assertThat(find(Dialog.class).all()).isEmpty();
		LiveSession saved = this.sessions.sessionsOfRun(this.runId).getFirst();
		assertThat(saved.title()).isEqualTo("Pembukaan dan Orientasi");
		assertThat(saved.startsAt()).isEqualTo(this.inFiveDays.atTime(13, 30).atZone(IndonesianTime.WITA).toInstant());
		assertThat(saved.durationMinutes()).isEqualTo(120);
		assertThat(saved.instructor()).isEqualTo("Dr. Siti Rahma, M.Si.");
		assertThat(view.grid.isVisible()).isTrue();
		assertThat(view.empty.isVisible()).isFalse();
		assertThat(cellText(view, 0, "when")).as("shown in the reader's zone, WIB").contains("12.30–14.30 WIB");
		assertThat(cellText(view, 0, "title")).isEqualTo("Pembukaan dan Orientasi");
		assertThat(cellText(view, 0, "meeting")).isEqualTo("Siap");
		assertThat(links(view, 0)).containsExactly("sesi/" + saved.id(), "kelola/sesi/" + saved.id());
	}

	@Test
	void aRefusedStartIsShownAtItsFieldAndNothingIsSaved() {
		RunSessionsView view = open();
		test(view.schedule).click();
		SessionForm form = find(SessionForm.class).single();
		test(form.title).setValue("Sesi yang lewat");
		test(form.date).setValue(LocalDate.now(IndonesianTime.WIB).minusDays(1));
		test(find(SessionDialog.class).single().confirm).click();
		assertThat(form.date.isInvalid()).isTrue();
		assertThat(form.date.getErrorMessage()).isEqualTo("Waktu mulai harus di masa depan.");
		assertThat(find(SessionDialog.class).all()).as("the dialog stays open").hasSize(1);
		test(form.title).setValue("  ");
		test(form.date).setValue(this.inFiveDays);
		test(find(SessionDialog.class).single().confirm).click();
		assertThat(form.title.isInvalid()).isTrue();
		assertThat(form.title.getErrorMessage()).isEqualTo("Isi judul sesi.");
		assertThat(form.date.isInvalid()).isFalse();
		assertThat(this.sessions.sessionsOfRun(this.runId)).isEmpty();
	}

	@Test
	void organiserMovesASessionAndCancelsItWithAReason() {
		long id = this.fixtures.session(this.runId, Duration.ofDays(3), 60);
		RunSessionsView view = open();
		click(view, 0, "Pindahkan");
		SessionForm form = find(SessionForm.class).single();
		assertThat(form.title.isAttached()).as("a move changes only the time").isFalse();
		LiveSession before = this.sessions.session(id);
		assertThat(form.date.getValue()).isEqualTo(before.startsAt().atZone(IndonesianTime.WIB).toLocalDate());
		test(form.date).setValue(this.inFiveDays);
		test(form.time).setValue(LocalTime.of(10, 0));
		test(form.duration).setValue(90);
		test(find(SessionDialog.class).single().confirm).click();
		assertThat(lastNotification()).isEqualTo("Sesi " + before.title()
				+ " dipindahkan; peserta akan menerima jadwal baru.");
		LiveSession moved = this.sessions.session(id);
		assertThat(moved.sequence()).isEqualTo(1);
		assertThat(moved.startsAt()).isEqualTo(this.inFiveDays.atTime(10, 0).atZone(IndonesianTime.WIB).toInstant());
		assertThat(moved.durationMinutes()).isEqualTo(90);

		click(view, 0, "Batalkan");
		ConfirmDialog confirm = find(ConfirmDialog.class).single();
		assertThat(test(confirm).getHeader()).isEqualTo("Batalkan " + before.title() + "?");
		test(find(TextArea.class, confirm).single()).setValue("Narasumber berhalangan hadir");
		test(confirm).confirm();
		assertThat(lastNotification()).isEqualTo("Sesi " + before.title() + " dibatalkan; peserta akan diberi tahu.");
		LiveSession cancelled = this.sessions.session(id);
		assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
		assertThat(cancelled.cancelReason()).isEqualTo("Narasumber berhalangan hadir");
		assertThat(cancelled.sequence()).isEqualTo(2);
		assertThat(cellText(view, 0, "status")).isEqualTo("Dibatalkan");
		assertThat(cellText(view, 0, "title")).contains("Alasan: Narasumber berhalangan hadir");
		assertThat(buttons(view, 0)).isEmpty();
	}

	@Test
	void organiserAddsARecordingLinkAndABadOneIsRefusedAtItsField() {
		long id = this.fixtures.session(this.runId, Duration.ofDays(2), 60);
		RunSessionsView view = open();
		click(view, 0, "Tautan rekaman");
		SessionForm form = find(SessionForm.class).single();
		test(form.recording).setValue("javascript:alert(1)");
		test(find(SessionDialog.class).single().confirm).click();
		assertThat(form.recording.isInvalid()).isTrue();
		assertThat(this.sessions.session(id).recordingUrl()).isNull();
		test(form.recording).setValue("https://youtu.be/pelita-rekaman");
		test(find(SessionDialog.class).single().confirm).click();
		assertThat(this.sessions.session(id).recordingUrl()).isEqualTo("https://youtu.be/pelita-rekaman");
		Component cell = test(view.grid).getCellComponent(0, "recording");
		assertThat(find(Anchor.class, cell).single().getHref()).isEqualTo("https://youtu.be/pelita-rekaman");
	}

	@Test
	void thePageLinksToTheRunsParticipantsAndAttendance() {
		RunSessionsView view = open();
		assertThat(view.runName.getText()).endsWith(" – " + this.fixtures.enrolment().asSystem(
				() -> this.context.getBean(id.pelita.catalog.RunService.class).run(this.runId).name()));
		assertThat(view.participants.getHref()).isEqualTo("kelola/angkatan/" + this.runId);
		assertThat(view.attendance.getHref()).isEqualTo("kelola/angkatan/" + this.runId + "/kehadiran");
	}

	@Test
	void theRunsParticipantsPageLinksHere() {
		navigate("kelola/angkatan/" + this.runId, Component.class);
		assertThat(find(Anchor.class).all()).filteredOn(link -> link.getText().equals("Sesi & kehadiran"))
			.singleElement()
			.satisfies(link -> assertThat(link.getHref()).isEqualTo("kelola/angkatan/" + this.runId + "/sesi"));
	}

	@Test
	void organiserChangesTheDetailsButNotTheTime() {
		long id = this.fixtures.session(this.runId, Duration.ofDays(2), 60);
		LiveSession before = this.sessions.session(id);
		RunSessionsView view = open();
		click(view, 0, "Ubah rincian");
		SessionForm form = find(SessionForm.class).single();
		assertThat(form.date.isAttached()).isFalse();
		assertThat(form.title.getValue()).isEqualTo(before.title());
		test(form.title).setValue("Studi kasus kearsipan");
		test(form.instructor).setValue("Drs. Bambang Sutejo");
		test(find(SessionDialog.class).single().confirm).click();
		assertThat(lastNotification()).isEqualTo("Rincian sesi Studi kasus kearsipan disimpan.");
		LiveSession after = this.sessions.session(id);
		assertThat(after.title()).isEqualTo("Studi kasus kearsipan");
		assertThat(after.instructor()).isEqualTo("Drs. Bambang Sutejo");
		assertThat(after.hostAccountId()).as("a host outside the organisers' list is kept")
			.isEqualTo(before.hostAccountId());
		assertThat(after.startsAt()).isEqualTo(before.startsAt());
		assertThat(after.sequence()).isZero();
	}

	@Test
	void aParticipantCannotOpenThePage() {
		SignIn.as(this.context, "peserta");
		navigate(HomeView.class);
		navigate("kelola/angkatan/" + this.runId + "/sesi", AccessDeniedView.class);
		assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
	}

	private RunSessionsView open() {
		return navigate(RunSessionsView.class, Map.of(RunSessionsView.RUN_ID, String.valueOf(this.runId)));
	}

	private String cellText(RunSessionsView view, int row, String column) {
		Component cell = test(view.grid).getCellComponent(row, column);
		return cell.getElement().getTextRecursively();
	}

	private List<String> links(RunSessionsView view, int row) {
		return find(Anchor.class, test(view.grid).getCellComponent(row, "actions")).all()
			.stream()
			.map(Anchor::getHref)
			.toList();
	}

	private List<String> buttons(RunSessionsView view, int row) {
		return find(Button.class, test(view.grid).getCellComponent(row, "actions")).all()
			.stream()
			.map(Button::getText)
			.toList();
	}

	private void click(RunSessionsView view, int row, String text) {
		Component cell = test(view.grid).getCellComponent(row, "actions");
		test(find(Button.class, cell).withText(text).single()).click();
	}

}
