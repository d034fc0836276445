package id.pelita.learning;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pelita.enrolment.RunRoster;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.learning.internal.quiz.AttemptGrader;
import id.pelita.learning.internal.quiz.AttemptStore;
import id.pelita.learning.internal.quiz.AttemptStore.Attempt;
import id.pelita.learning.internal.quiz.QuestionStore;
import id.pelita.learning.internal.quiz.QuizStatistics;
import id.pelita.learning.internal.quiz.QuizStore;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.SpreadsheetWriter;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.i18n.Translations;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quiz results of a run for organisers: scores per attempt, average, median and pass rate, pre-test against
 * post-test gain, per-question statistics (facility and discrimination as Moodle computes them), downloads, and
 * the explicit regrade after a key was corrected.
 */
@Service
@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
public class QuizResults {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final QuizStore quizzes;

	private final QuestionStore questions;

	private final AttemptStore attempts;

	private final AttemptGrader grader;

	private final RunRoster roster;

	private final PersonDirectory people;

	private final Translations translations;

	QuizResults(QuizStore quizzes, QuestionStore questions, AttemptStore attempts, AttemptGrader grader,
			RunRoster roster, PersonDirectory people, Translations translations) {
		this.quizzes = quizzes;
		this.questions = questions;
		this.attempts = attempts;
		this.grader = grader;
		this.roster = roster;
		this.people = people;
		this.translations = translations;
	}

	@Transactional(readOnly = true)
	public QuizRunResults results(long runId, long moduleId) {
		QuizModule module = this.quizzes.module(moduleId)
			.filter(m -> m.runId() != null && m.runId() == runId)
			.orElseThrow(() -> new UserFacingException("quiz.error.moduleNotFound"));
		QuizSettings settings = module.settings() == null ? QuizSettings.defaults(QuizKind.PRACTICE) : module.settings();
		List<Attempt> all = this.attempts.ofRunModule(runId, moduleId);
		Map<Long, List<Attempt>> byPerson = all.stream().collect(Collectors.groupingBy(Attempt::accountId));
		Set<Long> everyone = new LinkedHashSet<>(this.roster.confirmedAccounts(runId));
		everyone.addAll(byPerson.keySet());
		List<QuizRunResults.Participant> rows = new ArrayList<>();
		for (PersonRef person : this.people.findAll(everyone)) {
			List<Attempt> mine = byPerson.getOrDefault(person.accountId(), List.of());
			List<BigDecimal> scores = mine.stream().filter(Attempt::submitted).map(Attempt::score).filter(s -> s != null).toList();
			BigDecimal kept = settings.grading().keep(scores).orElse(null);
			Boolean passed = kept == null || settings.passMark() == null ? null : kept.compareTo(settings.passMark()) >= 0;
			rows.add(new QuizRunResults.Participant(person.accountId(), person.fullName(), person.nip(),
					mine.stream().map(a -> new QuizRunResults.Score(a.number(), a.score(), a.submittedAt(), a.timedOut())).toList(),
					kept, passed));
		}
		rows.sort(Comparator.comparing(QuizRunResults.Participant::fullName, String.CASE_INSENSITIVE_ORDER));
		List<BigDecimal> kept = rows.stream().map(QuizRunResults.Participant::kept).filter(k -> k != null).toList();
		BigDecimal passRate = settings.passMark() == null || kept.isEmpty() ? null
				: BigDecimal.valueOf(rows.stream().filter(r -> Boolean.TRUE.equals(r.passed())).count())
					.multiply(HUNDRED)
					.divide(BigDecimal.valueOf(kept.size()), 2, RoundingMode.HALF_UP);
		List<QuestionStatistics> statistics = QuizStatistics.of(this.attempts.slotScores(runId, moduleId));
		Map<Long, BankQuestion> bank = this.questions.ofIds(statistics.stream().map(QuestionStatistics::questionId).toList())
			.stream()
			.collect(Collectors.toMap(BankQuestion::id, Function.identity()));
		List<QuizRunResults.Question> perQuestion = new ArrayList<>();
		for (QuestionStatistics s : statistics) {
			BankQuestion q = bank.get(s.questionId());
			perQuestion.add(new QuizRunResults.Question(perQuestion.size() + 1, q.text(), q.kind(), s));
		}
		return new QuizRunResults(runId, moduleId, module.title(), settings.kind(), settings.passMark(), rows,
				average(kept), median(kept), passRate, perQuestion);
	}

	/** Kept pre-test and post-test scores of each participant and the gain (the run's first quiz of each kind). */
	@Transactional(readOnly = true)
	public PrePostGain gain(long runId, long courseId) {
		List<QuizModule> modules = this.quizzes.modules(courseId, runId);
		QuizModule pre = first(modules, QuizKind.PRE_TEST);
		QuizModule post = first(modules, QuizKind.POST_TEST);
		Map<Long, BigDecimal> preScores = pre == null ? Map.of() : keptScores(runId, pre);
		Map<Long, BigDecimal> postScores = post == null ? Map.of() : keptScores(runId, post);
		Set<Long> everyone = new LinkedHashSet<>(this.roster.confirmedAccounts(runId));
		everyone.addAll(preScores.keySet());
		everyone.addAll(postScores.keySet());
		List<PrePostGain.Row> rows = new ArrayList<>();
		for (PersonRef person : this.people.findAll(everyone)) {
			BigDecimal a = preScores.get(person.accountId());
			BigDecimal b = postScores.get(person.accountId());
			rows.add(new PrePostGain.Row(person.accountId(), person.fullName(), person.nip(), a, b,
					a == null || b == null ? null : b.subtract(a)));
		}
		rows.sort(Comparator.comparing(PrePostGain.Row::fullName, String.CASE_INSENSITIVE_ORDER));
		return new PrePostGain(runId, pre == null ? null : pre.moduleId(), post == null ? null : post.moduleId(), rows,
				average(rows.stream().map(PrePostGain.Row::pre).filter(v -> v != null).toList()),
				average(rows.stream().map(PrePostGain.Row::post).filter(v -> v != null).toList()),
				average(rows.stream().map(PrePostGain.Row::gain).filter(v -> v != null).toList()));
	}

	/** How many submitted attempts were graded against an older key of the question. */
	@Transactional(readOnly = true)
	public int staleAttempts(long questionId) {
		return this.attempts.staleWithQuestion(questionId);
	}

	/**
	 * Regrades every submitted attempt that drew the question with its current key; completion is re-checked for
	 * each (AssessmentChanged). Returns how many attempts' scores changed.
	 */
	@Transactional
	public int regradeQuestion(long questionId) {
		this.questions.find(questionId).orElseThrow(() -> new UserFacingException("quiz.error.questionNotFound"));
		int changed = 0;
		for (long attemptId : this.attempts.submittedWithQuestion(questionId)) {
			changed += this.grader.regrade(attemptId) ? 1 : 0;
		}
		return changed;
	}

	/** Regrades every submitted attempt of the quiz module. Returns how many scores changed. */
	@Transactional
	public int regradeModule(long moduleId) {
		int changed = 0;
		for (long attemptId : this.attempts.submittedOfModule(moduleId)) {
			changed += this.grader.regrade(attemptId) ? 1 : 0;
		}
		return changed;
	}

	/** The results as a file: one row per participant with each attempt's score, kept score and passed. */
	@Transactional(readOnly = true)
	public byte[] export(long runId, long moduleId, SpreadsheetFormat format, Locale locale) {
		QuizRunResults results = results(runId, moduleId);
		int most = results.participants().stream().mapToInt(p -> p.attempts().size()).max().orElse(0);
		List<String> headers = new ArrayList<>(List.of(t("quiz.results.name", locale), t("quiz.results.nip", locale)));
		for (int i = 1; i <= most; i++) {
			headers.add(t("quiz.results.attemptN", locale, i));
		}
		headers.add(t("quiz.results.kept", locale));
		headers.add(t("quiz.results.passed", locale));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(format, out, locale)) {
			writer.sheet(t("quiz.results.sheet", locale), headers);
			for (QuizRunResults.Participant p : results.participants()) {
				List<Object> row = new ArrayList<>();
				row.add(p.fullName());
				row.add(p.nip());
				for (int i = 0; i < most; i++) {
					row.add(i < p.attempts().size() ? p.attempts().get(i).score() : null);
				}
				row.add(p.kept());
				row.add(p.passed() == null ? null : t(p.passed() ? "quiz.results.yes" : "quiz.results.no", locale));
				writer.row(row);
			}
		}
		return out.toByteArray();
	}

	/** The per-question statistics as a file. */
	@Transactional(readOnly = true)
	public byte[] exportStatistics(long runId, long moduleId, SpreadsheetFormat format, Locale locale) {
		QuizRunResults results = results(runId, moduleId);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(format, out, locale)) {
			writer.sheet(t("quiz.stats.sheet", locale), List.of("#", t("quiz.stats.question", locale),
					t("quiz.stats.attempts", locale), t("quiz.stats.facility", locale), t("quiz.stats.discrimination", locale)));
			for (QuizRunResults.Question q : results.questions()) {
				writer.row(q.position(), q.text(), q.statistics().attempts(), q.statistics().facility(),
						q.statistics().discrimination());
			}
		}
		return out.toByteArray();
	}

	/** The gain as a file. */
	@Transactional(readOnly = true)
	public byte[] exportGain(long runId, long courseId, SpreadsheetFormat format, Locale locale) {
		PrePostGain gain = gain(runId, courseId);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(format, out, locale)) {
			writer.sheet(t("quiz.gain.sheet", locale), List.of(t("quiz.results.name", locale), t("quiz.results.nip", locale),
					t("quiz.gain.pre", locale), t("quiz.gain.post", locale), t("quiz.gain.gain", locale)));
			for (PrePostGain.Row row : gain.rows()) {
				writer.row(row.fullName(), row.nip(), row.pre(), row.post(), row.gain());
			}
		}
		return out.toByteArray();
	}

	private Map<Long, BigDecimal> keptScores(long runId, QuizModule module) {
		QuizGrading grading = module.settings() == null ? QuizGrading.HIGHEST : module.settings().grading();
		return this.attempts.ofRunModule(runId, module.moduleId())
			.stream()
			.filter(Attempt::submitted)
			.filter(a -> a.score() != null)
			.collect(Collectors.groupingBy(Attempt::accountId, Collectors.mapping(Attempt::score, Collectors.toList())))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> grading.keep(e.getValue()).orElseThrow()));
	}

	private static @Nullable QuizModule first(List<QuizModule> modules, QuizKind kind) {
		return modules.stream().filter(m -> m.settings() != null && m.settings().kind() == kind).findFirst().orElse(null);
	}

	static @Nullable BigDecimal average(List<BigDecimal> values) {
		if (values.isEmpty()) {
			return null;
		}
		return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
	}

	static @Nullable BigDecimal median(List<BigDecimal> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<BigDecimal> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		BigDecimal middle = n % 2 == 1 ? sorted.get(n / 2)
				: sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
		return middle.setScale(2, RoundingMode.HALF_UP);
	}

	private String t(String key, Locale locale, Object... args) {
		return this.translations.translate(key, locale, args);
	}

}
