package id.pelita.benchmark.load;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * One participant on a day with a registration opening: signs in, lands on the dashboard, reads the catalogue,
 * opens the run, presses "Daftar", opens their learning path, a live session and their notices, and then keeps
 * coming back to the dashboard, the catalogue, the path and the notices until the run ends, thinking between
 * every step. Pages after the first are router navigations of the same UI, as a click on a menu link is; while
 * thinking on a page that polls, the user polls as the browser would. Each step is one timed interaction; a
 * failed step is counted as an error and the next one starts from a fresh page load.
 */
final class VirtualUser implements Runnable, QuizTaker.Steps {

	private final LoadSettings settings;

	private final String nip;

	private final Interactions interactions;

	private final long stopAt;

	private final VaadinClient browser;

	private boolean broken;

	private long runId = -1;

	VirtualUser(LoadSettings settings, String nip, Interactions interactions, long stopAt) {
		this.settings = settings;
		this.nip = nip;
		this.interactions = interactions;
		this.stopAt = stopAt;
		this.browser = new VaadinClient(settings.baseUrl());
	}

	@Override
	public void run() {
		if (!step("sign-in", () -> this.browser.signIn(this.nip, this.settings.password()))) {
			return;
		}
		step("open /beranda (page load)", () -> {
			this.browser.open("beranda");
			return true;
		});
		think();
		page("katalog", "katalog");
		this.runId = this.settings.runId() > 0 ? this.settings.runId() : firstRun().orElse(-1L);
		think();
		if (this.runId > 0) {
			page("katalog/{run}", "katalog/" + this.runId);
			think();
			if (this.browser.tree().element("vaadin-button", "Daftar").isPresent()) {
				step("click Daftar", this::enrol);
			}
			else {
				this.interactions.outcome("run page without \"Daftar\" (enrolled before)");
			}
			think();
			page("kursus-saya/{run}", "kursus-saya/" + this.runId);
			think();
			quiz();
		}
		session();
		page("notifikasi", "notifikasi");
		while (System.nanoTime() < this.stopAt) {
			think();
			int pick = ThreadLocalRandom.current().nextInt(10);
			if (pick < 3) {
				page("beranda", "beranda");
			}
			else if (pick < 5) {
				page("katalog", "katalog");
			}
			else if (pick < 8 && this.runId > 0) {
				page("kursus-saya/{run}", "kursus-saya/" + this.runId);
			}
			else {
				page("notifikasi", "notifikasi");
			}
		}
	}

	/** Presses "Daftar" (the page shows it); done when the page shows the new state instead of the button (confirmed or waitlisted). */
	private boolean enrol() {
		UiTree page = this.browser.tree();
		this.browser.click(page.element("vaadin-button", "Daftar").orElseThrow());
		if (page.element("vaadin-button", "Daftar").isPresent()) {
			return false;
		}
		this.interactions.outcome(page.visibleText().contains("Urutan daftar tunggu") ? "enrolled: waitlisted"
				: page.element("vaadin-button", "Batalkan pendaftaran").isPresent() ? "enrolled: confirmed"
						: "enrolled: other state");
		return true;
	}

	/** The pre-test, open from the start of the path: its card's "Buka", then the quiz taken to the end. */
	private void quiz() {
		Optional<Integer> open = this.browser.tree().buttonIn(this.settings.quizTitle(), "Buka");
		if (open.isEmpty()) {
			this.interactions.outcome("learning path without an open \"" + this.settings.quizTitle() + "\"");
			return;
		}
		if (!step("open quiz (click Buka)", () -> {
			this.browser.click(open.get());
			return this.browser.tree().element("vaadin-button", "Buka").isEmpty();
		})) {
			return;
		}
		think();
		this.interactions.outcome(new QuizTaker(this.browser, this).take() ? "quiz submitted" : "quiz not submitted");
		think();
	}

	private void session() {
		this.browser.tree()
			.links()
			.stream()
			.filter(link -> link.matches("sesi/[0-9]+"))
			.findFirst()
			.ifPresent(link -> {
				page("sesi/{session}", link);
				think();
			});
	}

	private Optional<Long> firstRun() {
		List<String> links = this.browser.tree().links();
		return links.stream()
			.filter(link -> link.matches("katalog/[0-9]+"))
			.map(link -> Long.parseLong(link.substring("katalog/".length())))
			.findFirst();
	}

	private void page(String name, String route) {
		if (this.broken) {
			step("open /" + name + " (page load)", () -> {
				this.browser.open(route);
				this.broken = false;
				return true;
			});
			return;
		}
		step("open /" + name, () -> {
			this.browser.navigate(route);
			return true;
		});
	}

	@Override
	public boolean step(String name, Supplier<Boolean> work) {
		if (System.nanoTime() >= this.stopAt) {
			return false;
		}
		long start = System.nanoTime();
		boolean ok;
		try {
			ok = work.get();
		}
		catch (RuntimeException ex) {
			ok = false;
			if (ThreadLocalRandom.current().nextInt(20) == 0) {
				System.out.println("Load error in " + name + ": " + ex.getMessage());
			}
		}
		this.interactions.record(name, System.nanoTime() - start, ok);
		if (!ok) {
			this.broken = true;
		}
		return ok;
	}

	@Override
	public void think() {
		long min = this.settings.thinkMin().toNanos();
		long max = this.settings.thinkMax().toNanos();
		long until = Math.min(this.stopAt, System.nanoTime() + min + ThreadLocalRandom.current().nextLong(max - min + 1));
		int poll = this.broken ? -1 : this.browser.tree().pollMillis();
		while (System.nanoTime() < until) {
			long left = until - System.nanoTime();
			long wait = poll > 0 ? Math.min(left, Duration.ofMillis(poll).toNanos()) : left;
			LockSupport.parkNanos(wait);
			if (poll > 0 && System.nanoTime() < until) {
				step("poll", () -> {
					this.browser.poll();
					return true;
				});
			}
		}
	}

}
