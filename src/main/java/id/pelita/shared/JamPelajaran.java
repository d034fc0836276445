package id.pelita.shared;

import java.time.Duration;

/**
 * Jam pelajaran (JP), the unit of competency development: one JP is 45 minutes of learning. Every civil servant
 * must reach {@link #ANNUAL_TARGET} a year.
 */
public record JamPelajaran(int hours) implements Comparable<JamPelajaran> {

	public static final Duration LENGTH = Duration.ofMinutes(45);

	public static final JamPelajaran ZERO = new JamPelajaran(0);

	public static final JamPelajaran ANNUAL_TARGET = new JamPelajaran(20);

	public JamPelajaran {
		if (hours < 0) {
			throw new UserFacingException("jp.error.negative");
		}
	}

	public static JamPelajaran of(int hours) {
		return new JamPelajaran(hours);
	}

	public Duration duration() {
		return LENGTH.multipliedBy(this.hours);
	}

	public JamPelajaran plus(JamPelajaran other) {
		return new JamPelajaran(this.hours + other.hours);
	}

	public boolean meetsAnnualTarget() {
		return compareTo(ANNUAL_TARGET) >= 0;
	}

	@Override
	public int compareTo(JamPelajaran other) {
		return Integer.compare(this.hours, other.hours);
	}

}
