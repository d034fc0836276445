package id.pelita.liveclass.ui;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import id.pelita.liveclass.AttendanceFixtures;
import id.pelita.liveclass.AttendanceSource;
import id.pelita.liveclass.LiveSessionService;
import id.pelita.liveclass.internal.AttendanceLedger;
import id.pelita.liveclass.internal.AttendanceLedger.Interval;
import id.pelita.liveclass.internal.JoinClicks;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.HomeView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SessionViewTests extends LiveClassViewTest {

	@Autowired
	AttendanceLedger ledger;

	@Test
	void beforeTheJoinWindowACountdownRunsAndJoinSaysWhenItOpens() {
		long runId = this.attendance.run();
		long sessionId = this.attendance.session(runId, Duration.ofDays(2), 90);
		this.attendance.enrolment().signIn(this.attendance.participant(runId));

		SessionView view = navigate(SessionView.class, session(sessionId));

		Instant start = this.attendance.startOf(sessionId);
		assertThat(view.title.getText()).startsWith("Sesi ");
		assertThat(view.details.when.getText()).contains(IndonesianTime.date(start, IndonesianTime.WIB,
				IndonesianTime.INDONESIAN));
		assertThat(view.details.instructor.getText()).isEqualTo("Pengajar: Dr. Siti Rahma");
		assertThat(view.countdown.isVisible()).isTrue();
		assertThat(view.countdown.getText()).matches("Dimulai dalam 1 hari 23:5\\d:\\d\\d");
		assertThat(view.join.isVisible()).isTrue();
		assertThat(view.join.isEnabled()).isFalse();
		assertThat(view.joinNote.getText()).isEqualTo("Tombol Gabung aktif pukul "
				+ IndonesianTime.time(start.minus(Duration.ofMinutes(15)), IndonesianTime.WIB,
						IndonesianTime.INDONESIAN));
		assertThat(view.ended.isVisible()).isFalse();
		assertThat(view.links.calendar.getHref()).isEqualTo("calendar/session/" + sessionId + ".ics");
		assertThat(view.meeting).isNull();
	}

	@Test
	void insideTheWindowJoinEmbedsJitsiAndTheBrowsersEventsBecomeAttendance() {
		long runId = this.attendance.run();
		long sessionId = this.attendance.session(runId, Duration.ofMinutes(10), 60);
		PelitaUser participant = this.attendance.participant(runId);
		this.attendance.enrolment().signIn(participant);
		SessionView view = navigate(SessionView.class, session(sessionId));
		assertThat(view.join.isEnabled()).isTrue();
		assertThat(view.joinNote.isVisible()).isFalse();
		assertThat(view.countdown.getText()).startsWith("Dimulai dalam 00:");

		test(view.join).click();

		JitsiMeeting meeting = view.meeting;
		assertThat(meeting).isNotNull();
		assertThat(meeting.getParent()).contains(view.meetingArea);
		assertThat(meeting.join().domain()).isEqualTo("meet.jit.si");
		assertThat(meeting.join().displayName()).startsWith("Pegawai");
		assertThat(meeting.beaconUrl()).isEqualTo("attendance/session/" + sessionId + "/leave");
		assertThat(view.join.isVisible()).isFalse();

		meeting.joined("c0ffee00c0ffee00");
		Interval open = this.ledger.ofSession(sessionId).getFirst();
		assertThat(open.open()).isTrue();
		assertThat(open.accountId()).isEqualTo(participant.accountId());
		assertThat(meeting.heartbeat("c0ffee00c0ffee00")).isEqualTo("c0ffee00c0ffee00");
		meeting.left("c0ffee00c0ffee00");
		assertThat(this.ledger.ofSession(sessionId).getFirst().open()).isFalse();

		meeting.closed();
		assertThat(view.meeting).isNull();
		assertThat(view.join.isVisible()).isTrue();
		assertThat(view.join.getText()).isEqualTo("Gabung lagi");
	}

	@Test
	void goingToAnotherPageLeavesTheMeeting() {
		long runId = this.attendance.run();
		long first = this.attendance.session(runId, Duration.ofMinutes(10), 60);
		long second = this.attendance.session(runId, Duration.ofDays(1), 60);
		this.attendance.enrolment().signIn(this.attendance.participant(runId));
		SessionView view = navigate(SessionView.class, session(first));
		test(view.join).click();
		view.meeting.joined("deadbeef-0001");
		assertThat(this.ledger.ofSession(first).getFirst().open()).isTrue();

		SessionView next = navigate(SessionView.class, session(second));

		assertThat(this.ledger.ofSession(first).getFirst().open()).isFalse();
		assertThat(next.meeting).isNull();
		assertThat(next.meetingArea.getComponentCount()).isZero();
		assertThat(next.join.isEnabled()).isFalse();
	}

	@Test
	void aJitsiServerThatCannotBeReachedIsSaidPlainly() {
		long runId = this.attendance.run();
		long sessionId = this.attendance.session(runId, Duration.ofMinutes(10), 60);
		this.attendance.enrolment().signIn(this.attendance.participant(runId));
		SessionView view = navigate(SessionView.class, session(sessionId));
		test(view.join).click();

		view.meeting.unreachable();

		assertThat(view.unreachable.isVisible()).isTrue();
		assertThat(view.unreachable.getText()).isEqualTo(
				"Server Jitsi (meet.jit.si) tidak dapat dihubungi. Periksa koneksi internet Anda lalu coba lagi.");
		assertThat(view.meeting).isNull();
		assertThat(view.join.isVisible()).isTrue();
	}

	@Test
	void theDashboardsJoinOpensThePageAndJoinsAtOnce() {
		long runId = this.attendance.run();
		long sessionId = this.attendance.session(runId, Duration.ofMinutes(10), 60);
		this.attendance.enrolment().signIn(this.attendance.participant(runId));
		navigate(HomeView.class);
		UI.getCurrent().navigate(SessionView.class,
				new RouteParameters(SessionView.SESSION_ID, String.valueOf(sessionId)),
				QueryParameters.of(SessionView.JOIN_NOW, "1"));
		SessionView view = (SessionView) getCurrentView();
		assertThat(view.meeting).isNotNull();
	}

	@Test
	void someoneOutsideTheRunReadsAFriendlyRefusal() {
		long runId = this.attendance.run();
		long sessionId = this.attendance.session(runId, Duration.ofMinutes(10), 60);
		this.attendance.enrolment().signIn(this.attendance.outsider());

		SessionView view = navigate(SessionView.class, session(sessionId));

		assertThat(view.title.getText()).isEqualTo("Sesi tidak dapat dibuka");
		assertThat(view.refusal.isVisible()).isTrue();
		assertThat(view.refusal.getText())
			.isEqualTo("Sesi ini hanya untuk peserta terkonfirmasi angkatan ini dan penyelenggara.");
		assertThat(view.content.isVisible()).as("details and Join").isFalse();
		assertThat(view.details.when.getText()).isEmpty();
		assertThat(this.ledger.ofSession(sessionId)).isEmpty();
	}

	@Test
	void aZoomJoinIsRecordedAndOpensTheMeetingInANewTab() {
		long runId = this.attendance.run();
		long sessionId = this.attendance.zoomSession(runId, Duration.ofMinutes(10), 60);
		PelitaUser participant = this.attendance.participant(runId);
		this.attendance.enrolment().signIn(participant);
		SessionView view = navigate(SessionView.class, session(sessionId));
		assertThat(view.join.getText()).isEqualTo("Gabung lewat Zoom");

		test(view.join).click();

		assertThat(this.context.getBean(JoinClicks.class).count(sessionId, participant.accountId())).isEqualTo(1);
		assertThat(view.links.meeting.isVisible()).isTrue();
		assertThat(view.links.meeting.getHref()).isEqualTo(AttendanceFixtures.ZOOM_JOIN_URL);
		assertThat(view.meeting).isNull();
	}

	@Test
	void afterTheEndThePageSaysSoWithTheRecordingAndTheParticipantsMinutes() {
		long runId = this.attendance.run();
		long sessionId = this.attendance.startedSession(runId, Duration.ofMinutes(120), 60);
		PelitaUser participant = this.attendance.participant(runId);
		this.attendance.attended(sessionId, participant.accountId(), AttendanceSource.JITSI, 0, 45);
		this.attendance.enrolment().asSystem(() -> {
			this.context.getBean(LiveSessionService.class).recording(sessionId, "https://video.example.go.id/r/1");
			return null;
		});
		this.attendance.enrolment().signIn(participant);

		SessionView view = navigate(SessionView.class, session(sessionId));

		assertThat(view.ended.isVisible()).isTrue();
		assertThat(view.ended.getText()).isEqualTo("Sesi ini telah berakhir. Rekamannya dapat Anda tonton.");
		assertThat(view.links.recording.isVisible()).isTrue();
		assertThat(view.links.recording.getHref()).isEqualTo("https://video.example.go.id/r/1");
		assertThat(view.join.isVisible()).isFalse();
		assertThat(view.countdown.isVisible()).isFalse();
		assertThat(view.myAttendance.getText()).isEqualTo("Anda hadir 45 dari 60 menit (75 %).");
	}

	@Test
	void aCancelledSessionShowsTheReasonAndNoJoin() {
		long runId = this.attendance.run();
		long sessionId = this.attendance.session(runId, Duration.ofMinutes(10), 60);
		this.attendance.enrolment().asSystem(() -> {
			this.context.getBean(LiveSessionService.class).cancel(sessionId, "Narasumber sakit");
			return null;
		});
		this.attendance.enrolment().signIn(this.attendance.participant(runId));

		SessionView view = navigate(SessionView.class, session(sessionId));

		assertThat(view.details.cancelled.getText()).isEqualTo("Sesi ini dibatalkan. Alasan: Narasumber sakit");
		assertThat(view.join.isVisible()).isFalse();
		assertThat(view.countdown.isVisible()).isFalse();
	}

}
