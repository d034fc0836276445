package id.pelita.learning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.pelita.learning.internal.path.CompletionEvaluator;
import id.pelita.liveclass.AttendanceSource;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.Await;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The path of a run against a real database (H2 and PostgreSQL): the copy from the course, states and locks, the
 * completion rule with events in and out, manual completion and revocation, and the concurrency cases.
 */
abstract class PathCompletionTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	LearningFixtures fixtures;

	long courseId;

	@BeforeEach
	void course() {
		this.fixtures = new LearningFixtures(this.context);
		this.courseId = this.fixtures.course();
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aRunCopiesItsCoursePathExactlyOnceWithItsRule() throws Exception {
		long lesson = this.fixtures.templateModule(this.courseId, ModuleKind.LESSON, "Pengantar");
		this.fixtures.templateModule(this.courseId, ModuleKind.QUIZ, "Post-test");
		this.fixtures.templateModule(this.courseId, ModuleKind.SURVEY, "Evaluasi penyelenggaraan");
		this.fixtures.templateModule(this.courseId, ModuleKind.VIDEO, "Video penutup", false,
				new Unlock(false, lesson, null), null);
		long runId = this.fixtures.run(this.courseId);

		List<Callable<Integer>> pages = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			pages.add(() -> this.fixtures.runModules(runId).size());
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (Future<Integer> page : pool.invokeAll(pages)) {
				assertThat(page.get()).isEqualTo(4);
			}
		}
		finally {
			pool.shutdown();
		}

		List<PathModule> copy = this.fixtures.runModules(runId);
		assertThat(copy).extracting(PathModule::title)
			.containsExactly("Pengantar", "Post-test", "Evaluasi penyelenggaraan", "Video penutup");
		assertThat(copy).allSatisfy(module -> assertThat(module.runId()).isEqualTo(runId));
		assertThat(copy.get(0).material().markdown()).isEqualTo("# Pengantar");
		assertThat(copy.get(3).unlock().afterModuleId()).isEqualTo(copy.get(0).id());
		assertThat(copy.get(3).required()).isFalse();
		CompletionRule rule = this.fixtures.rule(runId);
		assertThat(rule.requireModules()).isTrue();
		assertThat(rule.postTestModuleId()).isEqualTo(copy.get(1).id());
		assertThat(rule.evaluationModuleId()).isEqualTo(copy.get(2).id());
		assertThat(rule.attendanceThreshold()).isEqualByComparingTo("80");
		assertThat(this.jdbc.queryForObject("select count(*) from learning_module where run_id = ?", Integer.class,
				runId)).isEqualTo(4);
	}

	@Test
	void completionNeedsEveryClauseAndIsPublishedOnce() {
		this.fixtures.templateModule(this.courseId, ModuleKind.LESSON, "Pengantar");
		this.fixtures.templateModule(this.courseId, ModuleKind.VIDEO, "Video pilihan", false, Unlock.OPEN, null);
		this.fixtures.templateModule(this.courseId, ModuleKind.QUIZ, "Post-test");
		this.fixtures.templateModule(this.courseId, ModuleKind.SURVEY, "Evaluasi");
		long runId = this.fixtures.run(this.courseId);
		PelitaUser ani = this.fixtures.participant(runId);
		PathModule lesson = this.fixtures.runModule(runId, ModuleKind.LESSON);
		PathModule quiz = this.fixtures.runModule(runId, ModuleKind.QUIZ);
		PathModule survey = this.fixtures.runModule(runId, ModuleKind.SURVEY);

		MyPath fresh = this.fixtures.as(ani, () -> this.fixtures.path().myPath(runId));
		assertThat(fresh.completed()).isFalse();
		assertThat(fresh.lacking()).extracting(Lack::kind)
			.containsExactly(Lack.Kind.MODULE, Lack.Kind.POST_TEST, Lack.Kind.EVALUATION);
		assertThat(fresh.modules().getFirst().next()).isTrue();

		assertThat(this.fixtures.as(ani, () -> this.fixtures.path().markDone(runId, lesson.id()))).isFalse();
		this.fixtures.outcome(runId, ani.accountId(), quiz.id(), true, 60, false);
		MyPath failed = this.fixtures.as(ani, () -> this.fixtures.path().myPath(runId));
		assertThat(failed.lacking()).extracting(Lack::kind).containsExactly(Lack.Kind.POST_TEST, Lack.Kind.EVALUATION);
		assertThat(failed.lacking().getFirst().have()).isEqualByComparingTo("60");

		this.fixtures.outcome(runId, ani.accountId(), quiz.id(), true, 70, true);
		assertThat(this.fixtures.published().completions(runId, ani.accountId())).isZero();
		this.fixtures.outcome(runId, ani.accountId(), survey.id(), true, null, true);

		MyPath done = this.fixtures.as(ani, () -> this.fixtures.path().myPath(runId));
		assertThat(done.completed()).isTrue();
		assertThat(done.lacking()).isEmpty();
		assertThat(this.fixtures.published().completions(runId, ani.accountId())).isEqualTo(1);
		this.fixtures.outcome(runId, ani.accountId(), survey.id(), true, null, true);
		this.fixtures.as(ani, () -> this.fixtures.path().markDone(runId, lesson.id()));
		assertThat(this.fixtures.published().completions(runId, ani.accountId())).isEqualTo(1);
	}

	@Test
	void recordedAttendanceUpToTheThresholdCompletesTheRun() {
		this.fixtures.templateModule(this.courseId, ModuleKind.LESSON, "Pengantar");
		this.fixtures.templateModule(this.courseId, ModuleKind.LIVE_SESSION, "Sesi 1");
		long runId = this.fixtures.run(this.courseId);
		PelitaUser ani = this.fixtures.participant(runId);
		long session = this.fixtures.attendance().startedSession(runId, Duration.ofMinutes(90), 60);
		PathModule live = this.fixtures.runModule(runId, ModuleKind.LIVE_SESSION);
		PathModule lesson = this.fixtures.runModule(runId, ModuleKind.LESSON);
		this.fixtures.enrolment().asSystem(() -> {
			this.fixtures.builder()
				.update(live.id(), new ModuleDraft(ModuleKind.LIVE_SESSION, "Sesi 1", true, Unlock.OPEN, null, null,
						session));
			return null;
		});
		this.fixtures.as(ani, () -> this.fixtures.path().markDone(runId, lesson.id()));
		this.fixtures.attendance().attended(session, ani.accountId(), AttendanceSource.JITSI, 0, 40);

		Await.until("attendance 66.6 % lacking", Duration.ofSeconds(20), () -> this.fixtures.as(ani, () -> this.fixtures.path().myPath(runId)).lacking().stream()
			.anyMatch(lack -> lack.kind() == Lack.Kind.ATTENDANCE && lack.have().doubleValue() == 66.6));
		MyPath partly = this.fixtures.as(ani, () -> this.fixtures.path().myPath(runId));
		assertThat(partly.completed()).isFalse();
		assertThat(partly.modules().get(1).state()).isEqualTo(ModuleState.IN_PROGRESS);

		this.fixtures.attendance().attended(session, ani.accountId(), AttendanceSource.ZOOM_REPORT, 35, 48);

		Await.until("completed by attendance", Duration.ofSeconds(20), () -> this.fixtures.published().completions(runId, ani.accountId()) == 1);
		MyPath done = this.fixtures.as(ani, () -> this.fixtures.path().myPath(runId));
		assertThat(done.completed()).isTrue();
		assertThat(done.modules()).extracting(ModuleProgress::state).containsOnly(ModuleState.DONE);
	}

	@Test
	void parallelEvaluationsOfOnePersonPublishOneCompletion() throws Exception {
		this.fixtures.templateModule(this.courseId, ModuleKind.LESSON, "Pengantar");
		long runId = this.fixtures.run(this.courseId);
		PelitaUser ani = this.fixtures.participant(runId);
		PathModule lesson = this.fixtures.runModule(runId, ModuleKind.LESSON);
		this.jdbc.update("""
				insert into learning_progress (module_id, account_id, run_id, started_at, last_opened_at, done_at)
				values (?, ?, ?, current_timestamp, current_timestamp, current_timestamp)""", lesson.id(),
				ani.accountId(), runId);
		CompletionEvaluator evaluator = this.context.getBean(CompletionEvaluator.class);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Boolean>> nodes = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			nodes.add(() -> {
				start.await();
				return evaluator.evaluate(runId, ani.accountId());
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Future<Boolean>> results;
		try {
			List<Future<Boolean>> submitted = nodes.stream().map(pool::submit).toList();
			start.countDown();
			results = submitted;
			long completedHere = 0;
			for (Future<Boolean> result : results) {
				completedHere += result.get() ? 1 : 0;
			}
			assertThat(completedHere).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from learning_completion where run_id = ?",
				Integer.class, runId)).isEqualTo(1);
		assertThat(this.fixtures.published().completions(runId, ani.accountId())).isEqualTo(1);
	}

	@Test
	void organisersMarkAndRevokeWithAReasonAuditedAndPublishedOnce() {
		this.fixtures.templateModule(this.courseId, ModuleKind.LESSON, "Pengantar");
		long runId = this.fixtures.run(this.courseId);
		PelitaUser ani = this.fixtures.participant(runId);
		PathResults results = this.context.getBean(PathResults.class);
		SignIn.as(this.context, "penyelenggara");

		assertRefused(() -> results.markComplete(runId, ani.accountId(), "  "), "learning.error.reasonRequired");
		assertRefused(() -> results.revoke(runId, ani.accountId(), "Salah input"), "learning.error.notComplete");
		results.markComplete(runId, ani.accountId(), "Mengikuti kelas tatap muka pengganti");
		assertRefused(() -> results.markComplete(runId, ani.accountId(), "Lagi"), "learning.error.alreadyComplete");
		assertThat(this.fixtures.published().completions(runId, ani.accountId())).isEqualTo(1);

		results.revoke(runId, ani.accountId(), "Ditemukan plagiat pada tugas akhir");
		assertThat(this.fixtures.published().revocations(runId, ani.accountId())).isEqualTo(1);
		this.fixtures.as(ani, () -> this.fixtures.path().markDone(runId,
				this.fixtures.runModule(runId, ModuleKind.LESSON).id()));
		assertThat(this.fixtures.published().completions(runId, ani.accountId())).isEqualTo(1);
		ProgressMatrix.Row row = results.matrix(runId).rows().getFirst();
		assertThat(row.completed()).isFalse();
		assertThat(row.revokedReason()).isEqualTo("Ditemukan plagiat pada tugas akhir");

		SignIn.as(this.context, "penyelenggara");
		results.markComplete(runId, ani.accountId(), "Banding diterima");
		assertThat(this.fixtures.published().completions(runId, ani.accountId())).isEqualTo(2);
		assertThat(this.jdbc.queryForList("""
				select action, actor_username, before_json, after_json from audit_log
				where object_type = 'RUN' and object_id = ? and subject_account_id = ? and action like 'COMPLETION%'
				order by id""", Long.toString(runId), ani.accountId()))
			.extracting(entry -> entry.get("action"), entry -> entry.get("actor_username"),
					entry -> entry.get("before_json"), entry -> entry.get("after_json"))
			.containsExactly(
					tuple("COMPLETION_MARKED", "penyelenggara", null,
							"{\"completion\":\"COMPLETED\",\"reason\":\"Mengikuti kelas tatap muka pengganti\"}"),
					tuple("COMPLETION_REVOKED", "penyelenggara", "{\"completion\":\"COMPLETED\"}",
							"{\"completion\":\"REVOKED\",\"reason\":\"Ditemukan plagiat pada tugas akhir\"}"),
					tuple("COMPLETION_MARKED", "penyelenggara", "{\"completion\":\"REVOKED\"}",
							"{\"completion\":\"COMPLETED\",\"reason\":\"Banding diterima\"}"));
	}

	@Test
	void aLockedModuleSaysWhyAndCannotBeOpened() {
		Instant opens = Instant.now().plus(Duration.ofDays(5));
		long lesson = this.fixtures.templateModule(this.courseId, ModuleKind.LESSON, "Pengantar");
		this.fixtures.templateModule(this.courseId, ModuleKind.LESSON, "Bab 2", true, new Unlock(true, null, null),
				"Isi");
		this.fixtures.templateModule(this.courseId, ModuleKind.QUIZ, "Post-test", true,
				new Unlock(false, lesson, opens), null);
		long runId = this.fixtures.run(this.courseId);
		PelitaUser ani = this.fixtures.participant(runId);

		MyPath path = this.fixtures.as(ani, () -> this.fixtures.path().myPath(runId));
		assertThat(path.modules()).extracting(ModuleProgress::state)
			.containsExactly(ModuleState.AVAILABLE, ModuleState.LOCKED, ModuleState.LOCKED);
		assertThat(path.modules().get(1).locks()).containsExactly(
				new LockReason(LockReason.Kind.AFTER_PREVIOUS, "Pengantar", null));
		assertThat(path.modules().get(2).locks()).extracting(LockReason::kind)
			.containsExactly(LockReason.Kind.AFTER_MODULE, LockReason.Kind.FROM_TIME);
		long second = path.modules().get(1).module().id();
		assertRefused(() -> this.fixtures.as(ani, () -> this.fixtures.path().open(runId, second)),
				"learning.error.locked");

		this.fixtures.as(ani, () -> this.fixtures.path().markDone(runId, path.modules().get(0).module().id()));
		MyPath after = this.fixtures.as(ani, () -> this.fixtures.path().myPath(runId));
		assertThat(after.modules().get(1).state()).isEqualTo(ModuleState.AVAILABLE);
		assertThat(after.modules().get(1).next()).isTrue();
		assertThat(after.modules().get(2).locks()).extracting(LockReason::kind)
			.containsExactly(LockReason.Kind.FROM_TIME);
		assertThat(after.percent()).isEqualTo(33);
	}

	@Test
	void onlyTheRunsConfirmedParticipantsWalkItAndOnlyOrganisersBuildIt() {
		this.fixtures.templateModule(this.courseId, ModuleKind.LESSON, "Pengantar");
		long runId = this.fixtures.run(this.courseId);
		PelitaUser ani = this.fixtures.participant(runId);
		PelitaUser outsider = this.fixtures.attendance().outsider();
		assertThatExceptionOfType(OutsideScopeException.class)
			.isThrownBy(() -> this.fixtures.as(outsider, () -> this.fixtures.path().myPath(runId)));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.fixtures.as(ani,
				() -> this.fixtures.builder().addToRun(runId, new ModuleDraft(ModuleKind.LESSON, "Sisipan", true,
						Unlock.OPEN, "x", null, null))));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> this.fixtures.as(ani, () -> this.context.getBean(PathResults.class).matrix(runId)));
	}

	@Test
	void aRunsPathFreezesWhenItsFirstParticipantStarts() {
		this.fixtures.templateModule(this.courseId, ModuleKind.LESSON, "Pengantar");
		long runId = this.fixtures.run(this.courseId);
		PelitaUser ani = this.fixtures.participant(runId);
		ModuleDraft extra = new ModuleDraft(ModuleKind.LESSON, "Tambahan", true, Unlock.OPEN, "Isi", null, null);
		this.fixtures.enrolment().asSystem(() -> this.fixtures.builder().addToRun(runId, extra));
		assertThat(this.fixtures.runModules(runId)).hasSize(2);

		this.fixtures.as(ani, () -> this.fixtures.path().open(runId, this.fixtures.runModules(runId).get(0).id()));

		assertRefused(() -> this.fixtures.enrolment().asSystem(() -> this.fixtures.builder().addToRun(runId, extra)),
				"learning.error.runStarted");
		assertThat(this.fixtures.runModules(runId)).hasSize(2);
		this.fixtures.enrolment().asSystem(() -> this.fixtures.builder().addToCourse(this.courseId, extra));
		assertThat(this.fixtures.enrolment().asSystem(() -> this.fixtures.builder().courseModules(this.courseId)))
			.hasSize(2);
	}

	@Test
	void aDraggedModuleTakesThePlaceItWasDroppedOnUntilTheRunStarts() {
		for (String title : List.of("A", "B", "C", "D")) {
			this.fixtures.templateModule(this.courseId, ModuleKind.LESSON, title);
		}
		PathBuilder builder = this.fixtures.builder();
		java.util.function.Supplier<List<String>> template = () -> this.fixtures.enrolment()
			.asSystem(() -> builder.courseModules(this.courseId))
			.stream()
			.map(module -> module.position() + module.title())
			.toList();
		java.util.function.ToLongFunction<String> id = title -> this.fixtures.enrolment()
			.asSystem(() -> builder.courseModules(this.courseId))
			.stream()
			.filter(module -> module.title().equals(title))
			.findFirst()
			.orElseThrow()
			.id();
		java.util.function.BiConsumer<Long, Integer> moveTo = (module, position) -> this.fixtures.enrolment()
			.asSystem(() -> {
				builder.moveTo(module, position);
				return null;
			});

		moveTo.accept(id.applyAsLong("D"), 2);
		assertThat(template.get()).containsExactly("1A", "2D", "3B", "4C");
		moveTo.accept(id.applyAsLong("A"), 99);
		assertThat(template.get()).containsExactly("1D", "2B", "3C", "4A");
		moveTo.accept(id.applyAsLong("C"), 0);
		assertThat(template.get()).containsExactly("1C", "2D", "3B", "4A");

		long runId = this.fixtures.run(this.courseId);
		PelitaUser ani = this.fixtures.participant(runId);
		List<PathModule> copied = this.fixtures.runModules(runId);
		assertThat(copied).extracting(PathModule::title).containsExactly("C", "D", "B", "A");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.fixtures.as(ani, () -> {
				builder.moveTo(copied.get(3).id(), 1);
				return null;
			}));
		moveTo.accept(copied.get(3).id(), 1);
		assertThat(this.fixtures.runModules(runId)).extracting(PathModule::title).containsExactly("A", "C", "D", "B");
		this.fixtures.as(ani, () -> this.fixtures.path().open(runId, this.fixtures.runModules(runId).getFirst().id()));
		assertRefused(() -> moveTo.accept(copied.get(0).id(), 1), "learning.error.runStarted");
		assertThat(this.fixtures.runModules(runId)).extracting(PathModule::title).containsExactly("A", "C", "D", "B");
	}

	@Test
	void badLessonsVideosAndSessionsAreRefusedAndNothingIsSaved() {
		assertRefused(() -> this.fixtures.templateModule(this.courseId, ModuleKind.LESSON, "Bab 1", true, Unlock.OPEN,
				"Halo <script>alert(1)</script>"), "learning.error.lessonActiveContent");
		assertRefused(() -> this.fixtures.templateModule(this.courseId, ModuleKind.LESSON, " ", true, Unlock.OPEN,
				"Isi"), "learning.error.title");
		assertRefused(() -> this.fixtures.enrolment().asSystem(() -> this.fixtures.builder().addToCourse(this.courseId,
				new ModuleDraft(ModuleKind.VIDEO, "Video", true, Unlock.OPEN, null, "https://evil.example/x.mp4",
						null))), "learning.error.videoHost");
		assertRefused(() -> this.fixtures.enrolment().asSystem(() -> this.fixtures.builder().addToCourse(this.courseId,
				new ModuleDraft(ModuleKind.LIVE_SESSION, "Sesi", true, Unlock.OPEN, null, null, 1L))),
				"learning.error.sessionOfRun");
		assertThat(this.fixtures.enrolment().asSystem(() -> this.fixtures.builder().courseModules(this.courseId)))
			.isEmpty();
	}

	private static void assertRefused(Runnable action, String key) {
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(action::run)
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo(key));
	}

}
