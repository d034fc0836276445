package id.pelita.benchmark.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import id.pelita.benchmark.Benchmark;

/**
 * The latencies and errors of every interaction of the virtual users, by name ("sign-in", "open /katalog",
 * "click Daftar", ...). Only interactions finished during the steady state are counted in the figures, so that the
 * ramps do not blur them; the ramps' counts are printed apart.
 */
final class Interactions {

	private final Map<String, Series> series = new ConcurrentHashMap<>();

	private volatile boolean measuring;

	void measuring(boolean measuring) {
		this.measuring = measuring;
	}

	private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

	/** Counts what an interaction led to (an enrolment confirmed or waitlisted), whenever it happened. */
	void outcome(String name) {
		this.outcomes.computeIfAbsent(name, key -> new LongAdder()).increment();
	}

	void record(String name, long nanos, boolean ok) {
		this.series.computeIfAbsent(name, key -> new Series()).add(nanos, ok, this.measuring);
	}

	/** Prints one {@code BENCHMARK} line per interaction and one for all of them, and returns the error count. */
	long print(String prefix, Duration steady) {
		Series all = new Series();
		long errors = 0;
		for (Map.Entry<String, Series> entry : new TreeMap<>(this.series).entrySet()) {
			Series one = entry.getValue();
			Benchmark.report(prefix + " " + entry.getKey() + ": " + one.line(steady));
			all.merge(one);
			errors += one.errors + one.rampErrors;
		}
		Benchmark.report(prefix + " all interactions: " + all.line(steady));
		new TreeMap<>(this.outcomes).forEach((name, count) -> Benchmark.report(prefix + " " + name + ": " + count));
		return errors;
	}

	/** The figures of one interaction. */
	private static final class Series {

		private final List<Long> nanos = new ArrayList<>();

		private long errors;

		private long ramp;

		private long rampErrors;

		synchronized void add(long took, boolean ok, boolean measured) {
			if (!measured) {
				this.ramp++;
				if (!ok) {
					this.rampErrors++;
				}
				return;
			}
			this.nanos.add(took);
			if (!ok) {
				this.errors++;
			}
		}

		synchronized void merge(Series other) {
			synchronized (other) {
				this.nanos.addAll(other.nanos);
				this.errors += other.errors;
				this.ramp += other.ramp;
				this.rampErrors += other.rampErrors;
			}
		}

		synchronized String line(Duration steady) {
			long[] sorted = this.nanos.stream().mapToLong(Long::longValue).toArray();
			Arrays.sort(sorted);
			double seconds = Math.max(1, steady.toMillis()) / 1000.0;
			return String.format(Locale.ROOT,
					"n=%d throughput=%.2f/s median=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms errors=%d"
							+ " (ramps: n=%d errors=%d)",
					sorted.length, sorted.length / seconds, millis(sorted, 50), millis(sorted, 95), millis(sorted, 99),
					millis(sorted, 100), this.errors, this.ramp, this.rampErrors);
		}

		private static double millis(long[] sorted, int percent) {
			if (sorted.length == 0) {
				return 0;
			}
			int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
		}

	}

}
