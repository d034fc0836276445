package id.pelita.liveclass;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.pelita.liveclass.internal.AttendanceLedger;
import id.pelita.liveclass.internal.AttendanceLedger.Interval;
import id.pelita.liveclass.internal.JoinClicks;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.H2Test;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Joining from the session page: the join window, Jitsi intervals stamped by the server, Zoom clicks. */
@H2Test
class SessionJoinServiceTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	SessionJoinService joins;

	@Autowired
	AttendanceLedger ledger;

	private AttendanceFixtures fixtures;

	private long runId;

	private PelitaUser ani;

	@BeforeEach
	void run() {
		this.fixtures = new AttendanceFixtures(this.context);
		this.runId = this.fixtures.run();
		this.ani = this.fixtures.participant(this.runId);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void jitsiOpensFifteenMinutesBeforeTheStartAndNotEarlier() {
		long later = this.fixtures.session(this.runId, Duration.ofDays(2), 60);
		long soon = this.fixtures.session(this.runId, Duration.ofMinutes(10), 60);
		this.fixtures.enrolment().signIn(this.ani);

		assertRefused(() -> this.joins.embedding(later), "attendance.error.notOpenYet");
		assertRefused(() -> this.joins.joined(later, "abcdef0123456789"), "attendance.error.notOpenYet");
		assertThat(this.ledger.ofSession(later)).isEmpty();

		JitsiJoin join = this.joins.embedding(soon);
		assertThat(join.domain()).isEqualTo("meet.jit.si");
		assertThat(join.roomName()).matches("pelita-[a-z2-9]{24}");
		assertThat(join.jwt()).as("no token without app id and secret").isNull();
		assertThat(join.displayName()).startsWith("Pegawai");
		assertThat(join.moderator()).isFalse();
	}

	@Test
	void organisersJoinAsModerators() {
		long soon = this.fixtures.session(this.runId, Duration.ofMinutes(10), 60);
		SignIn.as(this.context, "penyelenggara");
		assertThat(this.joins.embedding(soon).moderator()).isTrue();
	}

	@Test
	void endedAndCancelledSessionsCannotBeJoined() {
		long ended = this.fixtures.startedSession(this.runId, Duration.ofMinutes(90), 60);
		long cancelled = this.fixtures.session(this.runId, Duration.ofMinutes(10), 60);
		this.fixtures.enrolment().asSystem(() -> {
			this.context.getBean(LiveSessionService.class).cancel(cancelled, null);
			return null;
		});
		this.fixtures.enrolment().signIn(this.ani);
		assertRefused(() -> this.joins.embedding(ended), "attendance.error.ended");
		assertRefused(() -> this.joins.embedding(cancelled), "liveclass.error.cancelled");
	}

	@Test
	void browserEventsBecomeAnIntervalStampedByTheServersClock() {
		long session = this.fixtures.startedSession(this.runId, Duration.ofMinutes(5), 60);
		this.fixtures.enrolment().signIn(this.ani);
		Instant before = this.fixtures.now();

		assertThat(this.joins.joined(session, "0f1e2d3c4b5a69788796a5b4c3d2e1f0")).isTrue();
		assertThat(this.joins.joined(session, "0f1e2d3c4b5a69788796a5b4c3d2e1f0")).as("the same join again").isFalse();
		Interval open = only(this.ledger.ofSession(session));
		assertThat(open.open()).isTrue();
		assertThat(open.source()).isEqualTo(AttendanceSource.JITSI);
		assertThat(open.accountId()).isEqualTo(this.ani.accountId());
		assertThat(open.joinedAt()).isBetween(before, this.fixtures.now());

		assertThat(this.joins.stillThere(session, "0f1e2d3c4b5a69788796a5b4c3d2e1f0")).isTrue();
		assertThat(this.joins.left(session, "0f1e2d3c4b5a69788796a5b4c3d2e1f0")).isTrue();
		Interval closed = only(this.ledger.ofSession(session));
		assertThat(closed.open()).isFalse();
		assertThat(closed.leftAt()).isAfterOrEqualTo(closed.joinedAt()).isBeforeOrEqualTo(this.fixtures.now());
	}

	@Test
	void nobodyCanTouchSomeoneElsesJoinWithTheirKey() {
		long session = this.fixtures.startedSession(this.runId, Duration.ofMinutes(5), 60);
		PelitaUser budi = this.fixtures.participant(this.runId);
		this.fixtures.enrolment().signIn(this.ani);
		this.joins.joined(session, "aaaaaaaa-1111");
		this.fixtures.enrolment().signIn(budi);

		assertThat(this.joins.left(session, "aaaaaaaa-1111")).isFalse();
		assertThat(only(this.ledger.ofSession(session)).open()).isTrue();
		assertRefused(() -> this.joins.left(session, "'; drop table"), "attendance.error.badKey");
	}

	@Test
	void peopleOutsideTheRunAreRefused() {
		long session = this.fixtures.session(this.runId, Duration.ofMinutes(10), 60);
		this.fixtures.enrolment().signIn(this.fixtures.outsider());
		assertThatExceptionOfType(OutsideScopeException.class).isThrownBy(() -> this.joins.embedding(session));
		assertThatExceptionOfType(OutsideScopeException.class)
			.isThrownBy(() -> this.joins.joined(session, "bbbbbbbb-2222"));
		assertThat(this.ledger.ofSession(session)).isEmpty();
	}

	@Test
	void aZoomJoinIsRecordedAndSendsThePersonToTheMeeting() {
		long zoom = this.fixtures.zoomSession(this.runId, Duration.ofMinutes(10), 60);
		long later = this.fixtures.zoomSession(this.runId, Duration.ofDays(1), 60);
		this.fixtures.enrolment().signIn(this.ani);

		assertThat(this.joins.link(zoom)).isEqualTo(AttendanceFixtures.ZOOM_JOIN_URL);
		assertRefused(() -> this.joins.link(later), "attendance.error.notOpenYet");
		assertRefused(() -> this.joins.embedding(zoom), "attendance.error.otherProvider");

		JoinClicks clicks = this.context.getBean(JoinClicks.class);
		assertThat(clicks.count(zoom, this.ani.accountId())).isEqualTo(1);
		assertThat(clicks.count(later, this.ani.accountId())).isZero();
	}

	private static Interval only(List<Interval> intervals) {
		assertThat(intervals).hasSize(1);
		return intervals.getFirst();
	}

	private static void assertRefused(Runnable action, String key) {
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(action::run)
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo(key));
	}

}
