package id.pelita.benchmark.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The participants of a load run, made through the application's own doors before the run: each is put into the
 * roster of Kabupaten Serang with the employees API ({@code PUT /api/v1/employees/{nip}}, the demo token), which
 * creates an account waiting for activation and sends its activation link by e-mail; the harness is that mail
 * server (GreenMail on {@code 127.0.0.1}, the port the application was started with), reads each link and
 * activates the account on its Vaadin page with the load password. The NIPs are fixed per index, so a second run
 * finds the accounts there (200 instead of 201) and signs them in at once.
 */
final class Participants {

	private static final Pattern LINK = Pattern.compile("/aktivasi/([A-Za-z0-9_-]+)");

	private final LoadSettings settings;

	Participants(LoadSettings settings) {
		this.settings = settings;
	}

	/** The NIP of participant {@code index}: a valid NIP that the demo roster does not use (its series is 987). */
	static String nip(int index) {
		LocalDate birth = LocalDate.of(1971, 1, 1).plusDays(index);
		LocalDate appointed = birth.plusYears(24);
		return "%04d%02d%02d%04d%02d2987".formatted(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
				appointed.getYear(), appointed.getMonthValue());
	}

	static String email(int index) {
		return "muatan" + index + "@example.go.id";
	}

	/** Makes sure participants 0 to {@code count - 1} exist and are active; returns their NIPs. */
	List<String> prepare(int count) throws Exception {
		GreenMail smtp = new GreenMail(new ServerSetup(this.settings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try {
			HttpClient http = HttpClient.newHttpClient();
			Map<String, Integer> created = new HashMap<>();
			List<String> nips = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				nips.add(nip(i));
				if (put(http, i) == 201) {
					created.put(email(i), i);
				}
			}
			System.out.printf("Load participants: %d in the roster, %d new (waiting for their activation mail)%n",
					count, created.size());
			activate(smtp, created);
			return nips;
		}
		finally {
			smtp.stop();
		}
	}

	private int put(HttpClient http, int index) throws IOException, InterruptedException {
		ObjectNode body = VaadinClient.JSON.createObjectNode();
		body.put("name", "Peserta Uji Muatan " + index);
		body.put("email", email(index));
		HttpResponse<String> answer = http.send(HttpRequest
			.newBuilder(this.settings.baseUrl().resolve("api/v1/employees/" + nip(index)))
			.header("Authorization", "Bearer " + this.settings.apiToken())
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200 && answer.statusCode() != 201) {
			throw new IllegalStateException("PUT employee " + nip(index) + " answered " + answer.statusCode() + ": "
					+ answer.body());
		}
		return answer.statusCode();
	}

	private void activate(GreenMail smtp, Map<String, Integer> waiting) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120 + waiting.size()).toNanos();
		Map<Integer, String> tokens = new HashMap<>();
		while (tokens.size() < waiting.size()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Only " + tokens.size() + " of " + waiting.size()
						+ " activation mails arrived; was the application started with --spring.mail.host=127.0.0.1"
						+ " --spring.mail.port=" + this.settings.smtpPort() + "?");
			}
			smtp.waitForIncomingEmail(5_000, tokens.size() + 1);
			for (MimeMessage message : smtp.getReceivedMessages()) {
				Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
				for (Address to : message.getAllRecipients()) {
					Integer index = waiting.get(to.toString());
					if (index != null && link.find(0)) {
						tokens.put(index, link.group(1));
					}
				}
			}
		}
		Semaphore parallel = new Semaphore(4);
		List<Future<?>> done = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			tokens.forEach((index, token) -> done.add(threads.submit(() -> {
				parallel.acquireUninterruptibly();
				try {
					activate(token);
				}
				finally {
					parallel.release();
				}
			})));
			for (Future<?> one : done) {
				one.get();
			}
		}
		System.out.printf("Load participants: %d activated%n", tokens.size());
	}

	private void activate(String token) {
		VaadinClient browser = new VaadinClient(this.settings.baseUrl());
		browser.open("aktivasi/" + token);
		List<Integer> fields = browser.tree().elements("vaadin-password-field");
		if (fields.size() < 2) {
			throw new IllegalStateException("Activation page without its two password fields: "
					+ browser.tree().visibleText());
		}
		for (int field : fields.subList(0, 2)) {
			browser.setValue(field, "value", StringNode.valueOf(this.settings.password()));
		}
		browser.click("Aktifkan akun");
		if (!browser.tree().visibleText().contains("Akun Anda aktif")) {
			throw new IllegalStateException("Activation not confirmed: " + browser.tree().visibleText());
		}
	}

}
