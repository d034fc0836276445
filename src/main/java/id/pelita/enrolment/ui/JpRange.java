package id.pelita.enrolment.ui;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The JP ranges the catalogue filters by; kept in the address as {@code jp=9-16}. */
enum JpRange {

	UP_TO_8(1, 8), FROM_9_TO_16(9, 16), FROM_17_TO_32(17, 32), ABOVE_32(33, null);

	private final int min;

	private final @Nullable Integer max;

	JpRange(int min, @Nullable Integer max) {
		this.min = min;
		this.max = max;
	}

	int min() {
		return this.min;
	}

	@Nullable Integer max() {
		return this.max;
	}

	String parameter() {
		return this.max == null ? this.min + "-" : this.min + "-" + this.max;
	}

	String labelKey() {
		return "catalogue.jp." + name();
	}

	static Optional<JpRange> fromParameter(String value) {
		return Arrays.stream(values()).filter(range -> range.parameter().equals(value)).findFirst();
	}

}
