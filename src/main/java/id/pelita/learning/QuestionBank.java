package id.pelita.learning;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import id.pelita.catalog.CatalogService;
import id.pelita.catalog.CourseDetails;
import id.pelita.learning.ImportPreview.Problem;
import id.pelita.learning.internal.quiz.QuestionFiles;
import id.pelita.learning.internal.quiz.QuestionStore;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.files.FileStore;
import id.pelita.shared.files.FileType;
import id.pelita.shared.files.StoredFile;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The question bank of a course, for organisers: categories, questions with their keys, images, and the CSV and
 * Moodle XML imports (previewed with every bad row, then all or nothing) and the CSV export.
 * <p>
 * A question that attempts have drawn keeps its options: they can be corrected (text, which are right) but not
 * added or removed, and its kind stays. A changed key raises the question's key version; submitted attempts keep
 * their scores until an organiser regrades them ({@link QuizResults#regradeQuestion}).
 */
@Service
@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
public class QuestionBank {

	/** The largest image of a question. */
	public static final long MAX_IMAGE = 2L * 1024 * 1024;

	/** The largest import file. */
	public static final long MAX_IMPORT = 20L * 1024 * 1024;

	private static final Set<FileType> IMAGES = Set.of(FileType.JPEG, FileType.PNG, FileType.WEBP, FileType.GIF);

	private final QuestionStore store;

	private final CatalogService catalog;

	private final FileStore files;

	QuestionBank(QuestionStore store, CatalogService catalog, FileStore files) {
		this.store = store;
		this.catalog = catalog;
		this.files = files;
	}

	@Transactional(readOnly = true)
	public CourseDetails course(long courseId) {
		return this.catalog.course(courseId);
	}

	@Transactional(readOnly = true)
	public List<QuizCategory> categories(long courseId) {
		return this.store.categories(courseId);
	}

	@Transactional
	public long createCategory(long courseId, @Nullable String name) {
		this.catalog.course(courseId);
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty()) {
			throw new UserFacingException("quiz.error.categoryRequired");
		}
		if (clean.length() > 100) {
			throw new UserFacingException("quiz.error.categoryTooLong", 100);
		}
		return this.store.categoryId(courseId, clean);
	}

	/** The course's questions (not archived), of one category or all. */
	@Transactional(readOnly = true)
	public List<BankQuestion> questions(long courseId, @Nullable Long categoryId) {
		return this.store.ofCourse(courseId, categoryId);
	}

	@Transactional(readOnly = true)
	public BankQuestion question(long questionId) {
		return this.store.find(questionId).orElseThrow(() -> new UserFacingException("quiz.error.questionNotFound"));
	}

	@Transactional
	public long create(long courseId, QuestionDraft draft) {
		this.catalog.course(courseId);
		refuseProblems(draft);
		return this.store.insert(courseId, draft);
	}

	/**
	 * Saves the changes; returns whether the key changed (then graded attempts keep their scores until regraded).
	 */
	@Transactional
	public boolean update(long questionId, QuestionDraft draft) {
		BankQuestion old = question(questionId);
		refuseProblems(draft);
		if (old.usedInAttempts() > 0) {
			Set<Long> oldIds = new java.util.HashSet<>(old.options().stream().map(BankQuestion.BankOption::id).toList());
			Set<Long> newIds = new java.util.HashSet<>(draft.options().stream().map(QuestionDraft.Option::id).filter(Objects::nonNull).toList());
			if (old.kind() != draft.kind() || !oldIds.equals(newIds) || draft.options().size() != oldIds.size()) {
				throw new UserFacingException("quiz.error.usedStructure");
			}
		}
		boolean keyChanged = keyChanged(old, draft);
		this.store.update(old, draft, keyChanged);
		return keyChanged;
	}

	/** Takes the question out of the bank; attempts that drew it keep it. */
	@Transactional
	public void archive(long questionId) {
		question(questionId);
		this.store.archive(questionId);
	}

	/** Sets the question's image (JPEG, PNG, WebP or GIF, up to 2 MB, recognised by content). */
	@Transactional
	public void setImage(long questionId, @Nullable String fileName, InputStream content) {
		question(questionId);
		StoredFile stored = this.files.store(QuestionFiles.FOLDER, content, fileName, MAX_IMAGE, IMAGES);
		this.store.setImage(questionId, stored.relativePath());
	}

	@Transactional
	public void removeImage(long questionId) {
		question(questionId);
		this.store.setImage(questionId, null);
	}

	/** The question's image for the organiser's editor. */
	@Transactional(readOnly = true)
	public Optional<InputStream> image(long questionId) {
		String path = question(questionId).imagePath();
		return path == null ? Optional.empty() : this.files.open(path);
	}

	/** Reads an uploaded file (CSV, or Moodle XML recognised by its content) without storing anything. */
	public ImportPreview preview(byte[] content) {
		if (content.length > MAX_IMPORT) {
			return new ImportPreview(List.of(), List.of(new Problem(0, "quiz.import.error.tooLarge", List.of(20))),
					List.of());
		}
		return QuestionFiles.read(content);
	}

	/**
	 * Imports the questions of a file that {@link #preview} read, all or none, without reading the file again:
	 * refused when the preview found a problem or no question; each question is checked again before anything is
	 * stored. Returns how many questions were stored.
	 */
	@Transactional
	public int importAll(long courseId, ImportPreview preview) {
		this.catalog.course(courseId);
		if (!preview.problems().isEmpty()) {
			throw new UserFacingException("quiz.import.error.notImportable", preview.problems().size());
		}
		if (preview.questions().isEmpty()) {
			throw new UserFacingException("quiz.import.error.empty");
		}
		preview.questions().forEach(QuestionBank::refuseProblems);
		return this.store.insertAll(courseId, preview.questions());
	}

	/** The course's questions as CSV, readable by the import. */
	@Transactional(readOnly = true)
	public byte[] exportCsv(long courseId, Locale locale) {
		return QuestionFiles.csv(this.store.ofCourse(courseId, null), locale);
	}

	/** The CSV template with an example of each kind. */
	public byte[] csvTemplate(Locale locale) {
		return QuestionFiles.template(locale);
	}

	private static void refuseProblems(QuestionDraft draft) {
		List<Problem> problems = QuestionFiles.check(draft);
		if (!problems.isEmpty()) {
			Problem first = problems.getFirst();
			throw new UserFacingException(first.messageKey(), first.args());
		}
	}

	static boolean keyChanged(BankQuestion old, QuestionDraft draft) {
		List<Boolean> oldCorrect = new ArrayList<>(old.options().stream().map(BankQuestion.BankOption::correct).toList());
		List<Boolean> newCorrect = new ArrayList<>(draft.options().stream().map(QuestionDraft.Option::correct).toList());
		return old.kind() != draft.kind() || old.points().compareTo(draft.points()) != 0
				|| old.partialCredit() != draft.partialCredit()
				|| (draft.kind().hasOptions() && !oldCorrect.equals(newCorrect))
				|| !Objects.equals(old.trueAnswer(), draft.kind() == QuestionKind.TRUE_FALSE ? draft.trueAnswer() : null)
				|| (draft.kind() == QuestionKind.SHORT_ANSWER && !old.acceptedAnswers()
					.equals(draft.acceptedAnswers().stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList()))
				|| (draft.kind() == QuestionKind.NUMERIC && (!same(old.numericAnswer(), draft.numericAnswer())
						|| !same(old.tolerance(), draft.tolerance() == null ? java.math.BigDecimal.ZERO : draft.tolerance())));
	}

	private static boolean same(java.math.@Nullable BigDecimal a, java.math.@Nullable BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

}
