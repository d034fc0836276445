package id.pelita.liveclass.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.pelita.liveclass.AttendanceSource;
import id.pelita.liveclass.PersonAttendance;
import id.pelita.liveclass.internal.AttendanceLedger.Interval;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's minutes in a 60-minute session from 09.00 to 10.00 WIB (02:00-03:00 UTC). */
class AttendanceMathTests {

	private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

	private static final Instant END = START.plus(Duration.ofMinutes(60));

	private final List<Interval> intervals = new ArrayList<>();

	@Test
	void nobodySeenIsAbsent() {
		PersonAttendance attendance = summary();
		assertThat(attendance.minutes()).isZero();
		assertThat(attendance.percent()).isZero();
		assertThat(attendance.seen()).isFalse();
		assertThat(attendance.firstJoin()).isNull();
		assertThat(attendance.sources()).isEmpty();
		assertThat(attendance.scheduledMinutes()).isEqualTo(60);
	}

	@Test
	void oneIntervalInsideCountsItsLength() {
		add(AttendanceSource.JITSI, 10, 40);
		assertThat(summary().minutes()).isEqualTo(30);
		assertThat(summary().percent()).isEqualTo(50.0);
	}

	@Test
	void overlappingIntervalsFromTwoDevicesCountOnce() {
		add(AttendanceSource.JITSI, 0, 30);
		add(AttendanceSource.JITSI, 20, 45);
		PersonAttendance attendance = summary();
		assertThat(attendance.minutes()).isEqualTo(45);
		assertThat(attendance.percent()).isEqualTo(75.0);
	}

	@Test
	void overlappingIntervalsFromTwoSourcesCountOnceAndBothSourcesShow() {
		add(AttendanceSource.ZOOM_WEBHOOK, 5, 50);
		add(AttendanceSource.ZOOM_REPORT, 5, 50);
		add(AttendanceSource.MANUAL, 40, 55);
		PersonAttendance attendance = summary();
		assertThat(attendance.minutes()).isEqualTo(50);
		assertThat(attendance.sourcesInOrder()).containsExactly(AttendanceSource.ZOOM_WEBHOOK,
				AttendanceSource.ZOOM_REPORT, AttendanceSource.MANUAL);
	}

	@Test
	void anIntervalContainedInAnotherAddsNothing() {
		add(AttendanceSource.JITSI, 0, 60);
		add(AttendanceSource.MANUAL, 10, 20);
		assertThat(summary().minutes()).isEqualTo(60);
		assertThat(summary().percent()).isEqualTo(100.0);
	}

	@Test
	void reconnectsAddUp() {
		add(AttendanceSource.JITSI, 0, 15);
		add(AttendanceSource.JITSI, 20, 30);
		add(AttendanceSource.JITSI, 50, 58);
		assertThat(summary().minutes()).isEqualTo(33);
	}

	@Test
	void touchingIntervalsJoinWithoutGapOrDoubleCount() {
		add(AttendanceSource.JITSI, 0, 30);
		add(AttendanceSource.JITSI, 30, 60);
		assertThat(summary().minutes()).isEqualTo(60);
	}

	@Test
	void timeBeforeTheStartAndAfterTheEndIsClippedButFirstJoinAndLastLeaveAreReal() {
		add(AttendanceSource.ZOOM_REPORT, -10, 25);
		add(AttendanceSource.ZOOM_REPORT, 50, 75);
		PersonAttendance attendance = summary();
		assertThat(attendance.minutes()).isEqualTo(35);
		assertThat(attendance.firstJoin()).isEqualTo(at(-10));
		assertThat(attendance.lastLeave()).isEqualTo(at(75));
	}

	@Test
	void intervalsEntirelyOutsideTheSessionCountNothing() {
		add(AttendanceSource.ZOOM_REPORT, -40, -5);
		add(AttendanceSource.ZOOM_REPORT, 60, 90);
		PersonAttendance attendance = summary();
		assertThat(attendance.minutes()).isZero();
		assertThat(attendance.percent()).isZero();
		assertThat(attendance.seen()).isTrue();
	}

	@Test
	void aLeaveBeforeTheJoinFromSkewedClocksCountsNothingAndBreaksNothing() {
		add(AttendanceSource.ZOOM_WEBHOOK, 30, 25);
		add(AttendanceSource.JITSI, 0, 10);
		PersonAttendance attendance = summary();
		assertThat(attendance.minutes()).isEqualTo(10);
		assertThat(attendance.firstJoin()).isEqualTo(at(0));
		assertThat(attendance.lastLeave()).isEqualTo(at(30));
	}

	@Test
	void anOpenIntervalCountsUpToItsLastHeartbeat() {
		this.intervals.add(new Interval(1, 1, 7, at(10), at(22), true, AttendanceSource.JITSI, "k-open", null, null));
		PersonAttendance attendance = summary();
		assertThat(attendance.minutes()).isEqualTo(12);
		assertThat(attendance.lastLeave()).isEqualTo(at(22));
	}

	@Test
	void percentagesRoundDownSoAThresholdIsNeverMetByRounding() {
		this.intervals.add(new Interval(1, 1, 7, START, START.plus(Duration.ofSeconds(47 * 60 + 59)), false,
				AttendanceSource.JITSI, "k", null, null));
		PersonAttendance attendance = summary();
		assertThat(attendance.minutes()).isEqualTo(47);
		assertThat(attendance.percent()).isEqualTo(79.9);
	}

	@Test
	void manyShuffledIntervalsGiveTheSameUnion() {
		add(AttendanceSource.JITSI, 40, 45);
		add(AttendanceSource.MANUAL, 0, 5);
		add(AttendanceSource.JITSI, 44, 50);
		add(AttendanceSource.ZOOM_WEBHOOK, 3, 8);
		add(AttendanceSource.JITSI, 49, 52);
		assertThat(summary().minutes()).isEqualTo(8 + 12);
	}

	private PersonAttendance summary() {
		return AttendanceMath.summarise(this.intervals, START, END);
	}

	private void add(AttendanceSource source, int fromMinute, int toMinute) {
		this.intervals.add(new Interval(this.intervals.size() + 1, 1, 7, at(fromMinute), at(toMinute), false, source,
				"k" + this.intervals.size(), null, null));
	}

	private static Instant at(int minute) {
		return START.plus(Duration.ofMinutes(minute));
	}

}
