package id.pelita.learning.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.learning.LearningFixtures;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.ParticipantCompleted;
import id.pelita.learning.PathModule;
import id.pelita.learning.QuizFixtures;
import id.pelita.learning.QuizGrading;
import id.pelita.learning.QuizKind;
import id.pelita.learning.QuizLayout;
import id.pelita.learning.QuizSelection;
import id.pelita.learning.QuizSettings;
import id.pelita.learning.ReviewPolicy;
import id.pelita.learning.Unlock;
import id.pelita.support.Await;
import id.pelita.support.BrowserTest;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learning path end to end on a phone-sized screen: a participant takes the pre-test, marks the lesson done,
 * takes the post-test (two answers given, the page reloaded, the answers and the time left still there, the rest
 * answered, submitted and passed), fills in the evaluation and sees "Selesai" on the survey page and on the path,
 * reached through the pages' own links, never a reload; {@code ParticipantCompleted} is committed exactly once.
 * The course, its path, bank and quizzes are made here through the services; the participant is the demo account.
 */
class LearningJourneyBrowserTests extends BrowserTest {

	private static final Pattern TIME_LEFT = Pattern.compile("Sisa waktu (\\d+):(\\d\\d)");

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	private long postTest;

	private final List<ParticipantCompleted> committed = new CopyOnWriteArrayList<>();

	/** Records each completion event once its transaction has committed. */
	private final ApplicationListener<ApplicationEvent> completions = event -> {
		if (event instanceof PayloadApplicationEvent<?> payload
				&& payload.getPayload() instanceof ParticipantCompleted completed) {
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						LearningJourneyBrowserTests.this.committed.add(completed);
					}
				});
			}
			else {
				this.committed.add(completed);
			}
		}
	};

	@AfterEach
	void stopRecording() {
		this.context.removeApplicationListener(this.completions);
		SignIn.out();
	}

	@Test
	void aParticipantWalksThePathFromPreTestToSelesai() {
		long runId = path();
		long me = this.jdbc.queryForObject("select id from account where username = 'peserta'", Long.class);
		this.context.addApplicationListener(this.completions);
		this.page.setViewportSize(390, 844);
		this.page.navigate("/login");
		submitSignInForm("peserta", SignIn.DEMO_PASSWORD);
		assertThat(this.page).hasURL(Pattern.compile("/beranda$"));

		this.page.navigate("/kursus-saya/" + runId);
		assertThat(this.page.getByText("0 dari 4 modul selesai", new Page.GetByTextOptions())).isVisible();
		open("Pre-test Naskah Dinas");
		button("Mulai kuis").click();
		this.page.locator(".quiz-question").first().getByRole(AriaRole.RADIO,
				new Locator.GetByRoleOptions().setName("Benar").setExact(true)).click();
		assertThat(this.page.getByText("Jawaban soal 1 tersimpan.")).isVisible();
		button("Kumpulkan").click();
		assertThat(this.page.getByText("1 soal belum dijawab: nomor 2.", new Page.GetByTextOptions())).isVisible();
		button("Kumpulkan sekarang").click();
		assertThat(this.page.getByText(Pattern.compile("^Nilai: 50 \\(1 dari 2 poin\\)"))).isVisible();
		link("Kembali ke jalur belajar").click();

		open("Menyusun nota dinas");
		assertThat(this.page.getByText("Bagian akhir nota dinas", new Page.GetByTextOptions())).isAttached();
		// a click as the button's own event: scrolling to the button would bring the lesson's end into view,
		// which marks the lesson done by itself
		button("Tandai selesai").dispatchEvent("click");
		assertThat(this.page.getByText("Modul ini sudah selesai.")).isVisible();
		link("Kembali ke jalur belajar").click();

		open("Post-test Naskah Dinas");
		button("Mulai kuis").click();
		answer(1);
		button("Berikutnya").click();
		answer(2);
		int before = secondsLeft();
		long attempts = attempts(me);

		this.page.reload();
		assertThat(this.page.getByText("Soal 1 dari 4")).isVisible();
		assertThat(button("Soal 1, sudah dijawab")).isVisible();
		assertThat(button("Soal 2, sudah dijawab")).isVisible();
		assertThat(button("Soal 3, belum dijawab")).isVisible();
		assertThat(radio("Benar")).isChecked();
		int after = secondsLeft();
		assertThat(after).as("time left after the reload").isPositive().isLessThanOrEqualTo(before);
		assertThat(attempts(me)).as("the same attempt resumed").isEqualTo(attempts).isEqualTo(1);
		this.page.evaluate("() => window.pelitaJourney = 'no reload since'");
		button("Soal 2, sudah dijawab").click();
		assertThat(radio("Benar")).isChecked();
		button("Berikutnya").click();
		answer(3);
		button("Soal 4, belum dijawab").click();
		answer(4);
		button("Kumpulkan").click();
		assertThat(this.page.getByText("Semua soal sudah dijawab.", new Page.GetByTextOptions())).isVisible();
		button("Kumpulkan sekarang").click();
		assertThat(this.page.getByText(Pattern.compile("^Nilai: 100 \\(4 dari 4 poin\\)\\. Lulus\\."))).isVisible();
		assertThat(this.page.locator(".path-completed")).isHidden();
		link("Kembali ke jalur belajar").click();

		assertThat(this.page.getByText("3 dari 4 modul selesai", new Page.GetByTextOptions())).isVisible();
		open("Evaluasi penyelenggaraan");
		evaluateAndSeeSelesai(runId);
		assertThat(this.page.getByText("4 dari 4 modul selesai", new Page.GetByTextOptions())).isVisible();
		assertThat(this.page.evaluate("() => window.pelitaJourney")).as("the path shown without a reload")
			.isEqualTo("no reload since");
		assertCompletedOnce(runId, me);
	}

	/** The README's two-minute demo: {@code peserta2} has only the evaluation of the demo run left. */
	@Test
	void theSecondDemoParticipantCompletesTheDemoRunWithTheEvaluation() {
		long me = this.jdbc.queryForObject("select id from account where username = 'peserta2'", Long.class);
		long runId = this.jdbc.queryForObject(
				"select min(run_id) from enrolment where account_id = ? and status = 'CONFIRMED'", Long.class, me);
		this.context.addApplicationListener(this.completions);
		this.page.setViewportSize(390, 844);
		this.page.navigate("/login");
		submitSignInForm("peserta2", SignIn.DEMO_PASSWORD);
		assertThat(this.page).hasURL(Pattern.compile("/beranda$"));

		this.page.navigate("/kursus-saya/" + runId);
		assertThat(this.page.getByText("Evaluasi belum diisi: Evaluasi penyelenggaraan", new Page.GetByTextOptions()))
			.isVisible();
		open("Evaluasi penyelenggaraan");
		evaluateAndSeeSelesai(runId);
		assertCompletedOnce(runId, me);
	}

	/** Rates every statement of the evaluation page that is open, submits it and goes back to the path. */
	private void evaluateAndSeeSelesai(long runId) {
		Locator ratings = this.page.locator("vaadin-radio-group.survey-rating");
		assertThat(ratings.first()).isVisible();
		for (int i = 0; i < ratings.count(); i++) {
			ratings.nth(i).locator("vaadin-radio-button").nth(3).click();
		}
		button("Kirim evaluasi").click();
		assertThat(this.page.getByText("Terima kasih. Anda mengirim evaluasi ini pada", new Page.GetByTextOptions()))
			.isVisible();
		assertThat(this.page.locator(".path-completed")).hasText("Selesai");
		link("Kembali ke kursus").click();
		assertThat(this.page).hasURL(Pattern.compile("/kursus-saya/" + runId + "$"));
		assertThat(this.page.locator(".path-completed")).hasText("Selesai");
	}

	private void assertCompletedOnce(long runId, long accountId) {
		Await.eventsHandled(this.jdbc);
		assertThat(this.committed).filteredOn(event -> event.runId() == runId && event.accountId() == accountId)
			.hasSize(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from certificate_request where run_id = ? and account_id = ?", Integer.class, runId,
				accountId))
			.as("the certificate module received the completion")
			.isEqualTo(1);
	}

	/**
	 * A new course with a pre-test (two questions, all on one page), a lesson after it, a post-test of four
	 * questions (30 minutes, pass mark 70) after the lesson and the evaluation after the post-test; its published
	 * run (copied with the course's rule: every required module, the post-test, the evaluation) and the demo
	 * participant enrolled in it.
	 */
	private long path() {
		LearningFixtures fixtures = new LearningFixtures(this.context);
		QuizFixtures quizzes = new QuizFixtures(this.context);
		long course = fixtures.course();
		long category = quizzes.category(course, 4);
		long pre = fixtures.templateModule(course, ModuleKind.QUIZ, "Pre-test Naskah Dinas");
		long lesson = fixtures.templateModule(course, ModuleKind.LESSON, "Menyusun nota dinas", true,
				new Unlock(true, null, null), lesson());
		long post = fixtures.templateModule(course, ModuleKind.QUIZ, "Post-test Naskah Dinas", true,
				new Unlock(false, lesson, null), null);
		fixtures.templateModule(course, ModuleKind.SURVEY, "Evaluasi penyelenggaraan", true,
				new Unlock(false, post, null), null);
		quizzes.settings(pre, new QuizSettings(QuizKind.PRE_TEST, QuizSelection.RANDOM, 2, List.of(category),
				List.of(), true, true, null, 1, QuizGrading.HIGHEST, null, ReviewPolicy.NEVER, QuizLayout.ALL_ON_ONE));
		quizzes.settings(post, QuizFixtures.postTest(category, 4, 30, 2));
		long runId = fixtures.run(course);
		List<PathModule> copied = fixtures.runModules(runId);
		assertThat(copied).extracting(PathModule::title)
			.containsExactly("Pre-test Naskah Dinas", "Menyusun nota dinas", "Post-test Naskah Dinas",
					"Evaluasi penyelenggaraan");
		this.postTest = copied.get(2).id();
		SignIn.as(this.context, "peserta");
		this.context.getBean(ParticipantEnrolments.class).enrol(runId);
		SignIn.out();
		return runId;
	}

	/** A lesson longer than a phone's screen, so that its end is not in view when it opens. */
	private static String lesson() {
		StringBuilder text = new StringBuilder("# Menyusun nota dinas\n\n");
		for (int i = 1; i <= 40; i++) {
			text.append("Paragraf ").append(i).append(": nota dinas memuat kepala, isi dan penutup.\n\n");
		}
		return text.append("Bagian akhir nota dinas.\n").toString();
	}

	/** Opens the module of the path with that title (its card's heading is its number and title). */
	private void open(String title) {
		this.page.locator(".path-module")
			.filter(new Locator.FilterOptions().setHas(this.page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName(Pattern.compile("^\\d+\\. "
							// escaped by hand: Playwright hands the pattern to the browser, whose regular expressions know no \Q...\E
							+ title.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0") + "$")))))
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Buka").setExact(true))
			.click();
	}

	/** Chooses the right option of the question shown and waits until the server has saved it. */
	private void answer(int slot) {
		assertThat(this.page.getByText("Soal " + slot + " dari 4")).isVisible();
		radio("Benar").click();
		assertThat(this.page.getByText("Jawaban soal " + slot + " tersimpan.")).isVisible();
	}

	private Locator radio(String name) {
		return this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator link(String name) {
		return this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/** The time left the page's timer shows, in seconds. */
	private int secondsLeft() {
		Locator timer = this.page.locator(".quiz-timer");
		assertThat(timer).hasText(TIME_LEFT);
		Matcher shown = TIME_LEFT.matcher(timer.textContent());
		assertThat(shown.find()).isTrue();
		return Integer.parseInt(shown.group(1)) * 60 + Integer.parseInt(shown.group(2));
	}

	private long attempts(long accountId) {
		return this.jdbc.queryForObject("select count(*) from quiz_attempt where module_id = ? and account_id = ?",
				Long.class, this.postTest, accountId);
	}

}
