package id.pelita.benchmark.load;

import java.net.http.HttpResponse;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * The server's side of a load run, read from {@code /actuator/metrics} in an administrator's session (the only
 * role the application shows its metrics to): heap in use and live heap after the last collection
 * ({@code jvm.gc.live.data.size}), process CPU, the connection pool (threads waiting for a connection, time to get
 * one) and the HTTP sessions Tomcat holds (each virtual user's Vaadin session lives in one).
 */
final class ServerMetrics {

	private final VaadinClient admin;

	private final Object lock = new Object();

	private double cpuSum;

	private double cpuMax;

	private int samples;

	private double pendingMax;

	private double liveHeapMax;

	ServerMetrics(LoadSettings settings) {
		this.admin = new VaadinClient(settings.baseUrl());
		if (!this.admin.signIn(settings.adminUser(), settings.adminPassword())) {
			throw new IllegalStateException("The administrator " + settings.adminUser() + " could not sign in");
		}
	}

	/** One sample of the figures that change during a run (called every few seconds). */
	void sample() {
		double cpu = value("process.cpu.usage", "VALUE");
		double pending = value("hikaricp.connections.pending", "VALUE");
		double live = value("jvm.gc.live.data.size", "VALUE");
		synchronized (this.lock) {
			this.cpuSum += cpu;
			this.cpuMax = Math.max(this.cpuMax, cpu);
			this.samples++;
			this.pendingMax = Math.max(this.pendingMax, pending);
			this.liveHeapMax = Math.max(this.liveHeapMax, live);
		}
	}

	/** A snapshot of the server now, for the report. */
	Snapshot snapshot() {
		return new Snapshot(value("jvm.memory.used?tag=area:heap", "VALUE") / MIB,
				value("jvm.gc.live.data.size", "VALUE") / MIB, value("tomcat.sessions.active.current", "VALUE"),
				value("hikaricp.connections.acquire", "COUNT"), value("hikaricp.connections.acquire", "TOTAL_TIME"),
				value("hikaricp.connections.acquire", "MAX"), value("hikaricp.connections.timeout", "COUNT"));
	}

	String samplesLine() {
		synchronized (this.lock) {
			return String.format(Locale.ROOT,
					"process CPU mean %.0f%% max %.0f%% of the machine (%d samples); threads waiting for a database"
							+ " connection: max %.0f; live heap after GC max %.0f MiB",
					100 * this.cpuSum / Math.max(1, this.samples), 100 * this.cpuMax, this.samples, this.pendingMax,
					this.liveHeapMax / MIB);
		}
	}

	private double value(String metric, String statistic) {
		HttpResponse<String> answer = this.admin.get("actuator/metrics/" + metric);
		if (answer.statusCode() == 404) {
			return Double.NaN;
		}
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("/actuator/metrics/" + metric + " answered " + answer.statusCode());
		}
		for (JsonNode measurement : VaadinClient.JSON.readTree(answer.body()).path("measurements")) {
			if (statistic.equals(measurement.path("statistic").asString())) {
				return measurement.path("value").asDouble();
			}
		}
		return Double.NaN;
	}

	private static final double MIB = 1024.0 * 1024.0;

	/** The server at one moment. */
	record Snapshot(double heapMib, double liveHeapMib, double httpSessions, double poolAcquires,
			double poolAcquireSeconds, double poolAcquireMaxSeconds, double poolTimeouts) {

		String line() {
			return String.format(Locale.ROOT,
					"heap used %.0f MiB, live heap after GC %.0f MiB, HTTP sessions %.0f, connection acquisitions %.0f"
							+ " (%.3f s in all, max %.1f ms, timeouts %.0f)",
					this.heapMib, this.liveHeapMib, this.httpSessions, this.poolAcquires, this.poolAcquireSeconds,
					this.poolAcquireMaxSeconds * 1000, this.poolTimeouts);
		}

	}

}
