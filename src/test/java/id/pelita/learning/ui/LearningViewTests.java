package id.pelita.learning.ui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import id.pelita.learning.LearningFixtures;
import id.pelita.learning.LearningTestConfiguration;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.PathModule;
import id.pelita.learning.Unlock;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.ui.AccessDeniedView;
import id.pelita.shared.ui.HomeView;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Browserless tests of the path's pages: participant's path and modules, builder, results, dashboard card. */
@SpringBootTest
@ActiveProfiles("test")
@Import(LearningTestConfiguration.class)
class LearningViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	LearningFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new LearningFixtures(this.context);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void participantWalksThePathAndSeesSelesaiTheMomentTheRuleHolds() {
		long courseId = this.fixtures.course();
		this.fixtures.templateModule(courseId, ModuleKind.LESSON, "Pengantar naskah dinas", true, Unlock.OPEN,
				"# Pengantar\n\nNaskah dinas adalah **dokumen resmi**.");
		this.fixtures.templateModule(courseId, ModuleKind.LESSON, "Bab 2", true, new Unlock(true, null, null), "Isi");
		long runId = this.fixtures.run(courseId);
		PelitaUser ani = this.fixtures.participant(runId);
		this.fixtures.enrolment().signIn(ani);

		LearningPathView path = navigate(LearningPathView.class, run(runId));
		assertThat(path.title.getText()).startsWith("Pelayanan Publik Prima");
		assertThat(path.progressText.getText()).isEqualTo("0 dari 2 modul selesai (0 %)");
		assertThat(path.completed.isVisible()).isFalse();
		assertThat(path.modules.getChildren().toList()).hasSize(2);
		assertThat(path.modules.getChildren().findFirst().orElseThrow().getClassNames()).contains("path-next");
		assertThat(textOf(path.modules)).contains("Terkunci: selesaikan dulu \"Pengantar naskah dinas\".");
		assertThat(path.resume.getText()).isEqualTo("Lanjutkan: Pengantar naskah dinas");

		test(path.resume).click();
		ModuleView lesson = (ModuleView) getCurrentView();
		assertThat(lesson.title.getText()).isEqualTo("Pengantar naskah dinas");
		assertThat(lesson.body.getChildren().filter(Html.class::isInstance).findFirst().orElseThrow().getElement()
			.getOuterHTML()).contains("<strong>dokumen resmi</strong>");
		lesson.readToEnd();
		assertThat(lesson.doneNote.isVisible()).isTrue();
		assertThat(lesson.completed.isVisible()).isFalse();

		LearningPathView after = navigate(LearningPathView.class, run(runId));
		assertThat(after.progressText.getText()).isEqualTo("1 dari 2 modul selesai (50 %)");
		assertThat(after.resume.getText()).isEqualTo("Lanjutkan: Bab 2");
		test(after.resume).click();
		ModuleView second = (ModuleView) getCurrentView();
		test(second.markDone).click();
		assertThat(second.completed.isVisible()).isTrue();
		assertThat(lastNotification()).isEqualTo("Selamat, Anda telah menyelesaikan angkatan ini!");
		assertThat(this.fixtures.published().completions(runId, ani.accountId())).isEqualTo(1);

		LearningPathView done = navigate(LearningPathView.class, run(runId));
		assertThat(done.completed.isVisible()).isTrue();
		assertThat(done.progressText.getText()).isEqualTo("2 dari 2 modul selesai (100 %)");
	}

	@Test
	void aLockedModuleCannotBeOpenedByItsAddress() {
		long courseId = this.fixtures.course();
		this.fixtures.templateModule(courseId, ModuleKind.LESSON, "Pengantar");
		this.fixtures.templateModule(courseId, ModuleKind.LESSON, "Bab 2", true, new Unlock(true, null, null), "Isi");
		long runId = this.fixtures.run(courseId);
		PelitaUser ani = this.fixtures.participant(runId);
		PathModule locked = this.fixtures.runModules(runId).get(1);
		this.fixtures.enrolment().signIn(ani);

		navigate(ModuleView.route(runId, locked.id()), LearningPathView.class);
		assertThat(lastNotification()).isEqualTo("Modul ini masih terkunci.");
	}

	@Test
	void someoneElsesRunIsRefusedWithAMessage() {
		long runId = this.fixtures.run(this.fixtures.course());
		this.fixtures.enrolment().signIn(this.fixtures.attendance().outsider());
		navigate(HomeView.class);
		navigate(LearningPathView.route(runId), com.vaadin.flow.component.Component.class);
		assertThat(lastNotification()).isEqualTo("Anda bukan peserta terkonfirmasi angkatan ini.");
	}

	@Test
	void organiserBuildsACourseTemplateWithAPreviewAndIsToldWhatIsUnsafe() {
		long courseId = this.fixtures.course();
		SignIn.as(this.context, "penyelenggara");
		CoursePathView view = navigate(CoursePathView.class, Map.of(CoursePathView.COURSE_ID, String.valueOf(courseId)));
		assertThat(view.editor.empty.isVisible()).isTrue();

		test(view.editor.add).click();
		ModuleDialog dialog = find(ModuleDialog.class).single();
		test(dialog.form.title).setValue("Tata naskah");
		test(dialog.form.markdown).setValue("Tulis <script>alert(1)</script>");
		assertThat(textOf(dialog.form.preview)).contains("tidak boleh berisi konten aktif");
		test(dialog.save).click();
		assertThat(lastNotification()).contains("tidak boleh berisi konten aktif");
		assertThat(this.fixtures.enrolment().asSystem(() -> this.fixtures.builder().courseModules(courseId))).isEmpty();

		test(dialog.form.markdown).setValue("## Kop surat\n\nGunakan **kop** resmi.");
		assertThat(dialog.form.preview.getElement().getChild(0).getOuterHTML()).contains("<h2>Kop surat</h2>");
		test(dialog.image).upload("kop.png", "image/png", png());
		assertThat(dialog.form.markdown.getValue()).containsPattern("!\\[kop.png\\]\\(/materi/gambar/[0-9a-f]{64}\\.png\\)");
		test(dialog.save).click();
		assertThat(view.editor.rows.getChildren().toList()).hasSize(1);
		assertThat(textOf(view.editor.rows)).contains("1. Tata naskah");

		test(view.editor.add).click();
		ModuleDialog file = find(ModuleDialog.class).single();
		test(file.form.kind).selectItem("Berkas");
		test(file.form.title).setValue("Modul PDF");
		test(file.save).click();
		assertThat(textOf(view.editor.rows)).contains("2. Modul PDF");

		test(view.editor.add).click();
		ModuleDialog survey = find(ModuleDialog.class).single();
		test(survey.form.kind).selectItem("Evaluasi");
		test(survey.form.title).setValue("Evaluasi penyelenggaraan");
		test(survey.save).click();
		assertThat(find(com.vaadin.flow.component.details.Details.class).all())
			.extracting(com.vaadin.flow.component.details.Details::getSummaryText)
			.contains("Isi kuis atau evaluasi");
	}

	@Test
	void organiserDragsAModuleByItsTitleLineOntoTheFirstPlace() {
		long courseId = this.fixtures.course();
		for (String title : java.util.List.of("Pembuka", "Isi", "Penutup")) {
			this.fixtures.templateModule(courseId, ModuleKind.LESSON, title);
		}
		SignIn.as(this.context, "penyelenggara");
		CoursePathView view = navigate(CoursePathView.class, Map.of(CoursePathView.COURSE_ID, String.valueOf(courseId)));
		java.util.List<com.vaadin.flow.component.Component> rows = view.editor.rows.getChildren().toList();
		com.vaadin.flow.component.Component last = rows.get(2).getChildren().findFirst().orElseThrow();
		assertThat(last.getElement().getProperty("draggable")).isEqualTo("true");

		com.vaadin.flow.component.ComponentUtil.fireEvent(last,
				new com.vaadin.flow.component.dnd.DragStartEvent<>(last, true));
		com.vaadin.flow.component.ComponentUtil.fireEvent(rows.get(0),
				new com.vaadin.flow.component.dnd.DropEvent<>(rows.get(0), true, "move"));

		assertThat(view.editor.rows.getChildren().map(LearningViewTests::textOf).toList())
			.satisfiesExactly(row -> assertThat(row).startsWith("1. Penutup"), row -> assertThat(row).startsWith("2. Pembuka"),
					row -> assertThat(row).startsWith("3. Isi"));
	}

	@Test
	void anExecutableRenamedPdfIsRefusedAtUploadAndARealPdfIsKept() {
		long courseId = this.fixtures.course();
		this.fixtures.templateModule(courseId, ModuleKind.FILE, "Handout");
		SignIn.as(this.context, "penyelenggara");
		CoursePathView view = navigate(CoursePathView.class, Map.of(CoursePathView.COURSE_ID, String.valueOf(courseId)));
		com.vaadin.flow.component.upload.Upload upload = find(com.vaadin.flow.component.upload.Upload.class).single();
		byte[] exe = id.pelita.catalog.TestCourses.withHeader(new byte[] { 'M', 'Z', (byte) 0x90, 0 }, 3000);
		test(upload).upload("materi.pdf", "application/pdf", exe);
		assertThat(lastNotification()).startsWith("Isi berkas materi.pdf bukan jenis yang diterima (pdf, docx, xlsx");
		assertThat(this.fixtures.enrolment().asSystem(() -> this.fixtures.builder().courseModules(courseId))
			.getFirst().material().filePath()).isNull();

		test(upload).upload("handout.pdf", "application/pdf",
				"%PDF-1.4 handout".getBytes(StandardCharsets.US_ASCII));
		assertThat(lastNotification()).isEqualTo("Berkas handout.pdf tersimpan.");
		assertThat(textOf(view.editor.rows)).contains("Berkas: handout.pdf");
	}

	@Test
	void organiserSeesTheMatrixAndMarksAParticipantCompleteWithAReason() throws Exception {
		long courseId = this.fixtures.course();
		this.fixtures.templateModule(courseId, ModuleKind.LESSON, "Pengantar");
		this.fixtures.templateModule(courseId, ModuleKind.QUIZ, "Post-test");
		long runId = this.fixtures.run(courseId);
		PelitaUser ani = this.fixtures.participant(runId);
		PathModule quiz = this.fixtures.runModule(runId, ModuleKind.QUIZ);
		this.fixtures.outcome(runId, ani.accountId(), quiz.id(), true, 55, false);
		SignIn.as(this.context, "penyelenggara");

		PathResultsView view = navigate(PathResultsView.class, Map.of(PathResultsView.RUN_ID, String.valueOf(runId)));
		assertThat(view.summary.getText()).isEqualTo("1 peserta, 0 selesai, 2 modul.");
		assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Terbuka");
		assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("55");
		assertThat(view.status(test(view.grid).getRow(0))).contains("Modul wajib belum selesai: Pengantar")
			.contains("Post-test belum lulus: Post-test (nilai 55)");

		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		test(view.csv).download(csv);
		String text = csv.toString(StandardCharsets.UTF_8);
		assertThat(text).contains("No;NIP;Nama;1. Pengantar;2. Post-test;Kehadiran (%);Selesai;Yang masih kurang")
			.contains(";55;");

		Button mark = (Button) test(view.grid).getCellComponent(0, 6).getChildren().findFirst().orElseThrow();
		assertThat(mark.getText()).isEqualTo("Nyatakan selesai");
		test(mark).click();
		ReasonDialog dialog = find(ReasonDialog.class).single();
		test(dialog.confirm).click();
		assertThat(dialog.reason.getErrorMessage()).isEqualTo("Isi alasannya.");
		test(dialog.reason).setValue("Remedial tatap muka lulus");
		test(dialog.confirm).click();
		assertThat(view.summary.getText()).isEqualTo("1 peserta, 1 selesai, 2 modul.");
		assertThat(view.status(test(view.grid).getRow(0))).contains("ditetapkan penyelenggara");
		assertThat(this.fixtures.published().completions(runId, ani.accountId())).isEqualTo(1);
	}

	@Test
	void aRunsBuilderFreezesOnceSomeoneStartedAndParticipantsCannotOpenIt() {
		long courseId = this.fixtures.course();
		this.fixtures.templateModule(courseId, ModuleKind.LESSON, "Pengantar");
		long runId = this.fixtures.run(courseId);
		PelitaUser ani = this.fixtures.participant(runId);
		SignIn.as(this.context, "penyelenggara");
		RunPathView open = navigate(RunPathView.class, Map.of(RunPathView.RUN_ID, String.valueOf(runId)));
		assertThat(open.frozen.isVisible()).isFalse();
		assertThat(open.editor.add.isVisible()).isTrue();

		this.fixtures.as(ani, () -> this.fixtures.path().open(runId, this.fixtures.runModules(runId).getFirst().id()));
		SignIn.as(this.context, "penyelenggara");
		RunPathView frozen = navigate(RunPathView.class, Map.of(RunPathView.RUN_ID, String.valueOf(runId)));
		assertThat(frozen.frozen.isVisible()).isTrue();
		assertThat(frozen.editor.add.isVisible()).isFalse();

		this.fixtures.enrolment().signIn(ani);
		navigate(HomeView.class);
		navigate(RunPathView.route(runId), AccessDeniedView.class);
	}

	@Test
	void organiserChangesTheRunsRuleAndIsToldWhatIsWrong() {
		long courseId = this.fixtures.course();
		this.fixtures.templateModule(courseId, ModuleKind.LESSON, "Pengantar");
		long runId = this.fixtures.run(courseId);
		SignIn.as(this.context, "penyelenggara");
		RunPathView view = navigate(RunPathView.class, Map.of(RunPathView.RUN_ID, String.valueOf(runId)));
		assertThat(view.rule.threshold.getValue()).isEqualByComparingTo("80");
		test(view.rule.threshold).setValue(new java.math.BigDecimal("150"));
		test(view.rule.save).click();
		assertThat(lastNotification()).isEqualTo("Ambang kehadiran harus antara 0 dan 100 %.");
		assertThat(this.fixtures.rule(runId).attendanceThreshold()).isEqualByComparingTo("80");
		test(view.rule.threshold).setValue(new java.math.BigDecimal("75"));
		view.rule.requireModules.setValue(false);
		test(view.rule.save).click();
		assertThat(lastNotification()).isEqualTo("Aturan kelulusan tersimpan; peserta dinilai ulang.");
		assertThat(this.fixtures.rule(runId).attendanceThreshold()).isEqualByComparingTo("75");
		assertThat(this.fixtures.rule(runId).requireModules()).isFalse();
	}

	@Test
	void aRunPublishedBeforeItsCourseHadModulesCopiesThemFromItsBuilder() {
		long courseId = this.fixtures.course();
		long runId = this.fixtures.run(courseId);
		assertThat(this.fixtures.runModules(runId)).isEmpty();
		this.fixtures.templateModule(courseId, ModuleKind.LESSON, "Pengantar");
		SignIn.as(this.context, "penyelenggara");
		RunPathView view = navigate(RunPathView.class, Map.of(RunPathView.RUN_ID, String.valueOf(runId)));
		assertThat(view.copy.isVisible()).isTrue();
		test(view.copy).click();
		assertThat(textOf(view.editor.rows)).contains("1. Pengantar");
		assertThat(this.fixtures.runModules(runId)).hasSize(1);
	}

	@Test
	void theDashboardShowsTheProgressOfEachCourse() {
		long courseId = this.fixtures.course();
		this.fixtures.templateModule(courseId, ModuleKind.LESSON, "Pengantar");
		this.fixtures.templateModule(courseId, ModuleKind.LESSON, "Bab 2");
		long runId = this.fixtures.run(courseId);
		PelitaUser ani = this.fixtures.participant(runId);
		this.fixtures.as(ani, () -> this.fixtures.path().markDone(runId, this.fixtures.runModules(runId).get(0).id()));
		this.fixtures.enrolment().signIn(ani);
		navigate(HomeView.class);
		CourseProgressCard.Panel card = find(CourseProgressCard.Panel.class).single();
		assertThat(textOf(card)).contains("Kursus yang sedang diikuti").contains("1 dari 2 modul (50 %)");

		navigate("kursus-saya", com.vaadin.flow.component.Component.class);
		com.vaadin.flow.component.html.Anchor toPath = find(com.vaadin.flow.component.html.Anchor.class)
			.withText("Jalur belajar · Progres belajar: 50 %").single();
		assertThat(toPath.getHref()).isEqualTo("kursus-saya/" + runId);
	}

	private String lastNotification() {
		return test($(Notification.class).last()).getText();
	}

	private static String textOf(com.vaadin.flow.component.Component component) {
		return component.getElement().getTextRecursively();
	}

	private static Map<String, String> run(long runId) {
		return Map.of(LearningPathView.RUN_ID, String.valueOf(runId));
	}

	private static byte[] png() {
		return id.pelita.catalog.TestCourses.png(200);
	}

}
