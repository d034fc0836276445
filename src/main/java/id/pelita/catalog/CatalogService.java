package id.pelita.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import id.pelita.catalog.internal.CertificateTemplates;
import id.pelita.catalog.internal.CoverImageStore;
import id.pelita.catalog.internal.CoverImageStore.ImageType;
import id.pelita.catalog.internal.Course;
import id.pelita.catalog.internal.CourseRepository;
import id.pelita.shared.JamPelajaran;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditObject;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Courses of the catalogue. Anyone may read them; organisers create and change them. Every field is checked
 * before anything is written; a cover image is written to disk only once the course's data is valid, and removed
 * again when the transaction does not commit.
 */
@Service
public class CatalogService {

	/** Most JP a course may carry. */
	public static final int MAX_JP = 200;

	/** Largest cover image accepted: 2 MB. */
	public static final int MAX_COVER_BYTES = 2 * 1024 * 1024;

	private static final int SUMMARY_LENGTH = 180;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final CourseRepository courses;

	private final CoverImageStore covers;

	private final CertificateTemplates templates;

	private final Clock clock;

	private final AuditLog audit;

	CatalogService(CourseRepository courses, CoverImageStore covers, CertificateTemplates templates, Clock clock,
			AuditLog audit) {
		this.courses = courses;
		this.audit = audit;
		this.covers = covers;
		this.templates = templates;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<CourseSummary> courses() {
		return this.courses.findAllByOrderByTitleAsc().stream().map(CatalogService::summary).toList();
	}

	@Transactional(readOnly = true)
	public CourseDetails course(long courseId) {
		return details(load(courseId));
	}

	/** The certificate templates a course may name (folder names under {@code certificates-templates/}). */
	public List<String> certificateTemplates() {
		return this.templates.names();
	}

	/** The template a new course starts with. */
	public String defaultCertificateTemplate() {
		return this.templates.defaultTemplate();
	}

	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public long createCourse(NewCourse request) {
		return createCourse(request, null);
	}

	/** Creates a course with its cover image, if one is given; both or neither are saved. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public long createCourse(NewCourse request, @Nullable CoverUpload cover) {
		NewCourse checked = check(request, null);
		ImageType coverType = cover == null ? null : this.covers.check(cover.fileName(), cover.content());
		Course course = new Course(checked.code(), checked.title(), checked.description(), checked.competencyType(),
				checked.category(), checked.jp(), checked.learningMode(), checked.targetAudience(), checked.passMark(),
				checked.attendanceThreshold(), checked.certificateTemplate(), this.clock.instant());
		if (cover != null) {
			course.changeCoverImage(storeWithinTransaction(cover.content(), coverType));
		}
		return this.courses.saveAndFlush(course).getId();
	}

	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public void updateCourse(long courseId, NewCourse request) {
		updateCourse(courseId, request, null);
	}

	/** Changes every field of a course and, if one is given, its cover image; all or nothing. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public void updateCourse(long courseId, NewCourse request, @Nullable CoverUpload cover) {
		Course course = load(courseId);
		NewCourse checked = check(request, courseId);
		ImageType coverType = cover == null ? null : this.covers.check(cover.fileName(), cover.content());
		if (!course.getCertificateTemplate().equals(checked.certificateTemplate())) {
			this.audit.record(AuditEntry.of(AuditAction.CERTIFICATE_TEMPLATE_CHANGED, AuditObject.COURSE, courseId)
				.changes(Map.of("template", course.getCertificateTemplate()),
						Map.of("template", checked.certificateTemplate())));
		}
		course.describe(checked.code(), checked.title(), checked.description(), checked.competencyType(),
				checked.category(), checked.jp(), checked.learningMode(), checked.targetAudience(), checked.passMark(),
				checked.attendanceThreshold(), checked.certificateTemplate());
		if (cover != null) {
			replaceCover(course, cover.content(), coverType);
		}
		this.courses.flush();
	}

	/**
	 * Replaces the cover image of a course: JPEG, PNG or WebP (recognised by its first bytes, whatever the file is
	 * called), at most 2 MB. A refused file leaves the course and the storage directory as they were.
	 */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public void setCoverImage(long courseId, String fileName, byte[] content) {
		ImageType type = this.covers.check(fileName, content);
		Course course = load(courseId);
		replaceCover(course, content, type);
		this.courses.flush();
	}

	/** Checks an uploaded cover without storing it, so the form can tell at once what is wrong with it. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	public void checkCoverImage(String fileName, byte[] content) {
		this.covers.check(fileName, content);
	}

	private void replaceCover(Course course, byte[] content, ImageType type) {
		String previous = course.getCoverImage();
		String stored = storeWithinTransaction(content, type);
		course.changeCoverImage(stored);
		if (previous != null && !previous.equals(stored)
				&& !this.courses.existsByCoverImageAndIdNot(previous, course.getId())) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					CatalogService.this.covers.delete(previous);
				}
			});
		}
	}

	/** Stores the file now and removes it again if the transaction rolls back (unless it was there before). */
	private String storeWithinTransaction(byte[] content, ImageType type) {
		CoverImageStore.Stored stored = this.covers.store(content, type);
		if (stored.created()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						CatalogService.this.covers.delete(stored.relativePath());
					}
				}
			});
		}
		return stored.relativePath();
	}

	/** Checks every field in the order of the form and returns the values as they will be stored. */
	private NewCourse check(NewCourse request, @Nullable Long courseId) {
		String code = strip(request.code());
		if (code.isEmpty()) {
			throw new UserFacingException("course.error.code");
		}
		if (!CODE.matcher(code).matches()) {
			throw new UserFacingException("course.error.codeFormat");
		}
		if (courseId == null ? this.courses.existsByCode(code) : this.courses.existsByCodeAndIdNot(code, courseId)) {
			throw new UserFacingException("course.error.codeTaken", code);
		}
		String title = strip(request.title());
		if (title.isEmpty() || title.length() > 200) {
			throw new UserFacingException("course.error.title");
		}
		String description = request.description() == null ? "" : request.description().strip();
		if (description.isEmpty() || description.length() > 20_000) {
			throw new UserFacingException("course.error.description");
		}
		if (request.competencyType() == null) {
			throw new UserFacingException("course.error.competencyType");
		}
		String category = strip(request.category());
		if (category.isEmpty() || category.length() > 100) {
			throw new UserFacingException("course.error.category");
		}
		if (request.jp() < 1 || request.jp() > MAX_JP) {
			throw new UserFacingException("course.error.jp");
		}
		if (request.learningMode() == null) {
			throw new UserFacingException("course.error.learningMode");
		}
		String audience = request.targetAudience() == null ? "" : request.targetAudience().strip();
		if (audience.length() > 1000) {
			throw new UserFacingException("course.error.targetAudience");
		}
		if (!isPercentage(request.passMark())) {
			throw new UserFacingException("course.error.passMark");
		}
		if (!isPercentage(request.attendanceThreshold())) {
			throw new UserFacingException("course.error.attendanceThreshold");
		}
		String template = strip(request.certificateTemplate());
		if (!this.templates.names().contains(template)) {
			throw new UserFacingException("course.error.certificateTemplate");
		}
		return new NewCourse(code, title, description, request.competencyType(), category, request.jp(),
				request.learningMode(), audience, request.passMark().setScale(2, RoundingMode.HALF_UP),
				request.attendanceThreshold().setScale(2, RoundingMode.HALF_UP), template);
	}

	private Course load(long courseId) {
		return this.courses.findById(courseId).orElseThrow(() -> new UserFacingException("course.error.notFound"));
	}

	private static String strip(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	private static boolean isPercentage(@Nullable BigDecimal value) {
		return value != null && value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
	}

	private static CourseDetails details(Course course) {
		return new CourseDetails(course.getId(), course.getCode(), course.getTitle(), course.getDescription(),
				course.getCompetencyType(), course.getCategory(), JamPelajaran.of(course.getJp()),
				course.getLearningMode(), course.getTargetAudience(), course.getPassMark(),
				course.getAttendanceThreshold(), course.getCertificateTemplate(), course.getCoverImage(),
				course.isActive());
	}

	private static CourseSummary summary(Course course) {
		return new CourseSummary(course.getId(), course.getCode(), course.getTitle(),
				shorten(CourseDescription.toPlainText(course.getDescription())), course.getCompetencyType(), course.getCategory(),
				JamPelajaran.of(course.getJp()), course.getLearningMode(),
				CourseSummary.coverUrl(course.getCoverImage()));
	}

	/** The start of a description for cards: at most about 180 characters, cut at a space. */
	static String shorten(String description) {
		if (description.length() <= SUMMARY_LENGTH) {
			return description;
		}
		int space = description.lastIndexOf(' ', SUMMARY_LENGTH);
		return description.substring(0, space > 0 ? space : SUMMARY_LENGTH) + " …";
	}

}
