package id.pelita.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures an operation and prints its figures: throughput, median, 95th and 99th percentile, and the peak heap
 * of the JVM so far. Figures are printed and appended to {@code target/benchmarks.txt}; nothing ever fails on
 * timing. Run all benchmarks with {@code ./mvnw -Pbenchmark test}.
 */
public final class Benchmark {

	private static final Path REPORT = Path.of("target", "benchmarks.txt");

	private Benchmark() {
	}

	/** Runs {@code operation} {@code warmup} times unmeasured, then {@code iterations} times measured. */
	public static Result measure(String name, int warmup, int iterations, Runnable operation) {
		for (int i = 0; i < warmup; i++) {
			operation.run();
		}
		long[] nanos = new long[iterations];
		long start = System.nanoTime();
		for (int i = 0; i < iterations; i++) {
			long before = System.nanoTime();
			operation.run();
			nanos[i] = System.nanoTime() - before;
		}
		return Result.of(name, nanos, System.nanoTime() - start);
	}

	/** Times one run of a larger piece of work, such as importing a file of 10,000 rows. */
	public static Result once(String name, Runnable operation) {
		long start = System.nanoTime();
		operation.run();
		long elapsed = System.nanoTime() - start;
		return Result.of(name, new long[] { elapsed }, elapsed);
	}

	/** The largest heap the JVM has used so far, summed over the heap pools' peaks, in MiB. */
	public static long peakHeapMib() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getPeakUsage)
			.mapToLong(usage -> usage.getUsed())
			.sum() / (1024 * 1024);
	}

	/** Starts the heap pools' peaks afresh (after a full collection), so that {@link #peakHeapMib} covers what follows. */
	public static void resetPeakHeap() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/** Collections so far over all collectors, and their total time in ms. */
	public static long[] collections() {
		long[] total = new long[2];
		ManagementFactory.getGarbageCollectorMXBeans().forEach(gc -> {
			total[0] += Math.max(0, gc.getCollectionCount());
			total[1] += Math.max(0, gc.getCollectionTime());
		});
		return total;
	}

	/** Heap in use after a full collection, in MiB: what the application really keeps. */
	public static long retainedHeapMib() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
	}

	/** Prints a free-form figure line (for figures that are not latencies) and records it. */
	public static void report(String line) {
		String text = "BENCHMARK " + line;
		System.out.println(text);
		try {
			Files.createDirectories(REPORT.getParent());
			Files.writeString(REPORT, text + System.lineSeparator(), StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The figures of one measurement. */
	public record Result(String name, int count, Duration total, Duration median, Duration p95, Duration p99,
			Duration max, double perSecond, long peakHeapMib) {

		static Result of(String name, long[] nanos, long totalNanos) {
			long[] sorted = nanos.clone();
			Arrays.sort(sorted);
			Result result = new Result(name, sorted.length, Duration.ofNanos(totalNanos),
					Duration.ofNanos(percentile(sorted, 50)), Duration.ofNanos(percentile(sorted, 95)),
					Duration.ofNanos(percentile(sorted, 99)), Duration.ofNanos(sorted[sorted.length - 1]),
					sorted.length * 1e9 / totalNanos, Benchmark.peakHeapMib());
			report(result.toLine());
			return result;
		}

		private static long percentile(long[] sorted, int percent) {
			int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
		}

		String toLine() {
			return String.format(Locale.ROOT,
					"%s: n=%d total=%.2f s throughput=%.1f/s median=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms peak-heap=%d MiB",
					this.name, this.count, this.total.toNanos() / 1e9, this.perSecond, millis(this.median),
					millis(this.p95), millis(this.p99), millis(this.max), this.peakHeapMib);
		}

		private static double millis(Duration duration) {
			return duration.toNanos() / 1e6;
		}

	}

}
