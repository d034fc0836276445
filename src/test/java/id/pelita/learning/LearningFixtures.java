package id.pelita.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import id.pelita.catalog.CatalogService;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDraft;
import id.pelita.catalog.RunService;
import id.pelita.catalog.TestCourses;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.learning.internal.AssessmentOutcome;
import id.pelita.liveclass.AttendanceFixtures;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.TestData;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;

/** Courses with paths, runs, participants and outcomes for the learning path's tests. */
public final class LearningFixtures {

	private final ApplicationContext context;

	private final AttendanceFixtures attendance;

	public LearningFixtures(ApplicationContext context) {
		this.context = context;
		this.attendance = new AttendanceFixtures(context);
	}

	public AttendanceFixtures attendance() {
		return this.attendance;
	}

	public EnrolmentFixtures enrolment() {
		return this.attendance.enrolment();
	}

	/** A new course (pass mark 70, attendance threshold 80 %) without modules. */
	public long course() {
		return enrolment().asSystem(() -> this.context.getBean(CatalogService.class)
			.createCourse(TestCourses.course(TestData.username("LP"))));
	}

	/** A published run of the course, registration open now. */
	public long run(long courseId) {
		LocalDate today = LocalDate.now(IndonesianTime.DEFAULT_ZONE);
		return enrolment().asSystem(() -> {
			RunService runs = this.context.getBean(RunService.class);
			long runId = runs.createRun(new RunDraft(courseId, TestData.username("Angkatan"),
					YearMonth.from(today.plusDays(10)), today.minusDays(1).atTime(8, 0), today.plusDays(3).atTime(16, 0),
					today.plusDays(10), today.plusDays(12), 50, Map.of(), EnrolmentMode.OPEN));
			runs.publish(runId);
			return runId;
		});
	}

	public PelitaUser participant(long runId) {
		return this.attendance.participant(runId);
	}

	/** Adds a module to the course's template as the organiser would. */
	public long templateModule(long courseId, ModuleKind kind, String title, boolean required, Unlock unlock,
			@Nullable String markdown) {
		return enrolment().asSystem(() -> builder().addToCourse(courseId,
				new ModuleDraft(kind, title, required, unlock, markdown, null, null)));
	}

	public long templateModule(long courseId, ModuleKind kind, String title) {
		return templateModule(courseId, kind, title, true, Unlock.OPEN, kind == ModuleKind.LESSON ? "# " + title : null);
	}

	public java.util.List<PathModule> runModules(long runId) {
		return enrolment().asSystem(() -> builder().runModules(runId));
	}

	public PathModule runModule(long runId, ModuleKind kind) {
		return runModules(runId).stream().filter(module -> module.kind() == kind).findFirst().orElseThrow();
	}

	public void changeRule(CompletionRule rule) {
		enrolment().asSystem(() -> {
			builder().changeRule(rule);
			return null;
		});
	}

	public CompletionRule rule(long runId) {
		return enrolment().asSystem(() -> builder().rule(runId));
	}

	/** Sets a quiz or survey outcome and announces it as the assessment part would. */
	public void outcome(long runId, long accountId, long moduleId, boolean done, @Nullable Integer score,
			boolean passed) {
		this.context.getBean(LearningTestConfiguration.Outcomes.class)
			.set(runId, accountId, new AssessmentOutcome(moduleId, done, score == null ? null : BigDecimal.valueOf(score),
					passed));
		new org.springframework.transaction.support.TransactionTemplate(
				this.context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
			.executeWithoutResult(status -> this.context
				.publishEvent(new id.pelita.learning.internal.AssessmentChanged(runId, accountId, moduleId)));
	}

	public LearningTestConfiguration.Published published() {
		return this.context.getBean(LearningTestConfiguration.Published.class);
	}

	public <T> T as(PelitaUser user, java.util.function.Supplier<T> work) {
		return enrolment().as(user, work);
	}

	public ParticipantPath path() {
		return this.context.getBean(ParticipantPath.class);
	}

	public PathBuilder builder() {
		return this.context.getBean(PathBuilder.class);
	}

}
