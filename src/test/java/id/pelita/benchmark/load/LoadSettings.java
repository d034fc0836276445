package id.pelita.benchmark.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * What one load run does, from system properties ({@code -Dload.users=200} and so on), with the defaults of a
 * smoke run: a handful of users for seconds. Only the local machine is ever a target.
 *
 * @param baseUrl the running application ({@code load.url}, http://localhost:8080/)
 * @param users virtual users ({@code load.users})
 * @param rampUp time over which the users start ({@code load.rampUp}, seconds)
 * @param steady time with all users active; only interactions in it are measured ({@code load.steady})
 * @param rampDown time over which the users stop ({@code load.rampDown})
 * @param thinkMin shortest think time between two interactions of a user ({@code load.thinkMin})
 * @param thinkMax longest think time ({@code load.thinkMax})
 * @param smtpPort the port of the mail server the harness runs for activation links ({@code load.smtpPort})
 * @param apiToken the bearer token of the employees API ({@code load.apiToken}, the demo token)
 * @param password the password the participants choose ({@code load.password})
 * @param adminUser the administrator who reads the server's metrics ({@code load.admin})
 * @param adminPassword their password ({@code load.adminPassword})
 * @param jmx host:port of the application's JMX agent on this machine ({@code load.jmx}), to measure the heap
 *     after a full collection; empty: not measured
 * @param quizTitle the title of the module card whose quiz every user takes ({@code load.quiz}, Pre-test)
 * @param runId the run everybody enrols in ({@code load.runId}); 0: the first one the catalogue shows
 */
record LoadSettings(URI baseUrl, int users, Duration rampUp, Duration steady, Duration rampDown, Duration thinkMin,
		Duration thinkMax, int smtpPort, String apiToken, String password, String adminUser, String adminPassword,
		String jmx, String quizTitle, long runId) {

	LoadSettings {
		if (users < 1 || users > 5_000) {
			throw new IllegalArgumentException("load.users must be 1 to 5,000");
		}
		if (steady.compareTo(Duration.ofHours(2)) > 0 || rampUp.plus(rampDown).compareTo(Duration.ofHours(1)) > 0) {
			throw new IllegalArgumentException("A load run lasts at most two hours of steady state");
		}
		if (thinkMax.compareTo(thinkMin) < 0) {
			throw new IllegalArgumentException("load.thinkMax is shorter than load.thinkMin");
		}
		requireLoopback(baseUrl);
		if (!jmx.isEmpty()) {
			requireLoopback(URI.create("http://" + jmx));
		}
	}

	static LoadSettings fromSystemProperties() {
		return new LoadSettings(URI.create(text("load.url", "http://localhost:8080/")), number("load.users", 5),
				seconds("load.rampUp", 5), seconds("load.steady", 20), seconds("load.rampDown", 3),
				seconds("load.thinkMin", 1), seconds("load.thinkMax", 3), number("load.smtpPort", 2525),
				text("load.apiToken", "pelita-demo-serang-2026"), text("load.password", "Muatan2026"),
				text("load.admin", "admin"), text("load.adminPassword", "pelita2026"), text("load.jmx", ""),
				text("load.quiz", "Pre-test"),
				Long.parseLong(text("load.runId", "0")));
	}

	/** The whole run, ramps included. */
	Duration total() {
		return this.rampUp.plus(this.steady).plus(this.rampDown);
	}

	private static void requireLoopback(URI url) {
		try {
			if (!InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
				throw new IllegalArgumentException("A load run only ever targets this machine, not " + url);
			}
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("Unknown host in " + url, ex);
		}
	}

	private static String text(String name, String fallback) {
		return System.getProperty(name, fallback);
	}

	private static int number(String name, int fallback) {
		return Integer.parseInt(text(name, String.valueOf(fallback)));
	}

	private static Duration seconds(String name, int fallback) {
		return Duration.ofMillis((long) (Double.parseDouble(text(name, String.valueOf(fallback))) * 1000));
	}

}
