package id.pelita.benchmark.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import id.pelita.benchmark.Benchmark;

/**
 * A load run against the running application: prepares the participants, starts one virtual user per participant
 * on its own virtual thread spread over the ramp-up, measures the interactions of the steady state, stops the
 * users spread over the ramp-down, and prints the figures of each interaction and of the server.
 */
final class LoadHarness {

	private final LoadSettings settings;

	LoadHarness(LoadSettings settings) {
		this.settings = settings;
	}

	/** Runs once and returns the number of failed interactions. */
	long run() throws Exception {
		List<String> nips = new Participants(this.settings).prepare(this.settings.users());
		ServerMetrics server = new ServerMetrics(this.settings);
		HeapAfterGc heap = this.settings.jmx().isEmpty() ? null : new HeapAfterGc(this.settings.jmx());
		double heapBefore = heap == null ? Double.NaN : heap.mib();
		ServerMetrics.Snapshot before = server.snapshot();
		Interactions interactions = new Interactions();
		int users = nips.size();
		long start = System.nanoTime();
		long steadyFrom = start + this.settings.rampUp().toNanos();
		long steadyUntil = steadyFrom + this.settings.steady().toNanos();
		List<Thread> threads = new ArrayList<>();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleAtFixedRate(() -> {
			try {
				server.sample();
			}
			catch (RuntimeException ex) {
				System.out.println("Load: metrics not read: " + ex.getMessage());
			}
		}, 5, 5, TimeUnit.SECONDS);
		try {
			for (int i = 0; i < users; i++) {
				parkUntil(start + this.settings.rampUp().toNanos() * i / users);
				long stopAt = steadyUntil + this.settings.rampDown().toNanos() * (i + 1) / users;
				threads.add(Thread.ofVirtual()
					.name("load-user-" + i)
					.start(new VirtualUser(this.settings, nips.get(i), interactions, stopAt)));
			}
			parkUntil(steadyFrom);
			interactions.measuring(true);
			parkUntil(steadyFrom + this.settings.steady().toNanos() * 9 / 10);
			ServerMetrics.Snapshot steady = server.snapshot();
			double heapSteady = heap == null ? Double.NaN : heap.mib();
			parkUntil(steadyUntil);
			interactions.measuring(false);
			for (Thread thread : threads) {
				thread.join();
			}
			report(before, steady, server, users);
			Benchmark.report(String.format(Locale.ROOT,
					"load %d users: heap after a full GC: %.0f MiB before, %.0f MiB in steady state = %.2f MiB per"
							+ " open UI (one UI and session per user)",
					users, heapBefore, heapSteady, (heapSteady - heapBefore) / users));
			return interactions.print("load " + users + " users:", this.settings.steady());
		}
		finally {
			sampler.shutdown();
			sampler.awaitTermination(30, TimeUnit.SECONDS);
			if (heap != null) {
				heap.close();
			}
		}
	}

	private void report(ServerMetrics.Snapshot before, ServerMetrics.Snapshot steady,
			ServerMetrics server, int users) {
		String prefix = "load " + users + " users:";
		Benchmark.report(String.format(Locale.ROOT, "%s run: ramp-up %d s, steady %d s, ramp-down %d s, think %.1f-%.1f s",
				prefix, this.settings.rampUp().toSeconds(), this.settings.steady().toSeconds(),
				this.settings.rampDown().toSeconds(), this.settings.thinkMin().toMillis() / 1000.0,
				this.settings.thinkMax().toMillis() / 1000.0));
		Benchmark.report(prefix + " server before: " + before.line());
		Benchmark.report(prefix + " server in steady state: " + steady.line());
		Benchmark.report(String.format(Locale.ROOT,
				"%s live heap after GC per open UI: %.2f MiB ((steady - before) / %d users, one UI each)", prefix,
				(steady.liveHeapMib() - before.liveHeapMib()) / users, users));
		Benchmark.report(prefix + " server during the run: " + server.samplesLine());
	}

	private static void parkUntil(long nanoTime) {
		long left;
		while ((left = nanoTime - System.nanoTime()) > 0) {
			LockSupport.parkNanos(left);
		}
	}

}
