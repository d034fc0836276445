package id.pelita.learning.ui.quiz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import id.pelita.learning.BankQuestion;
import id.pelita.learning.QuestionBank;
import id.pelita.learning.QuestionKind;
import id.pelita.learning.QuizFixtures;
import id.pelita.learning.QuizSelection;
import id.pelita.learning.Quizzes;
import id.pelita.shared.ui.AccessDeniedView;
import id.pelita.shared.ui.HomeView;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The organiser's question bank and quiz settings pages. */
@SpringBootTest
@ActiveProfiles("test")
class QuizAdminViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	QuestionBank bank;

	@Autowired
	Quizzes quizzes;

	private QuizFixtures fixtures;

	private long runId;

	private long courseId;

	@BeforeEach
	void course() {
		this.fixtures = new QuizFixtures(this.context);
		this.runId = this.fixtures.run(5);
		this.courseId = this.fixtures.courseOf(this.runId);
		SignIn.as(this.context, "penyelenggara");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void anImportIsPreviewedWithEveryBadRowAndStoresAllOrNothing() {
		int before = this.bank.questions(this.courseId, null).size();
		QuestionBankView view = navigate(QuestionBankView.class, Map.of(QuestionBankView.COURSE_ID, String.valueOf(this.courseId)));
		test(view.importFile).click();
		BankImportDialog dialog = view.importDialog;
		String bad = "kategori;jenis;pertanyaan;poin;kredit_parsial;jawaban;toleransi;opsi_1;opsi_2\n"
				+ "Impor;PG;Ibu kota Banten?;1;;1;;Serang;Cilegon\n" + "Impor;PG;Tanpa jawaban;1;;;;A;B\n";

		test(dialog.upload).upload("soal.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8));

		assertThat(dialog.summary.getText()).isEqualTo("1 soal siap diimpor, 1 masalah.");
		assertThat(test(dialog.problems).size()).isEqualTo(1);
		assertThat(test(dialog.problems).getCellText(0, 0)).isEqualTo("3");
		assertThat(test(dialog.problems).getCellText(0, 1))
			.isEqualTo("Soal pilihan ganda satu jawaban harus memiliki tepat satu pilihan benar.");
		assertThat(dialog.importAll.isEnabled()).isFalse();
		assertThat(this.bank.questions(this.courseId, null)).hasSize(before);

		String good = bad.replace("Impor;PG;Tanpa jawaban;1;;;;A;B", "Impor;BS;Banten provinsi?;1;;B;;;");
		test(dialog.upload).upload("soal.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8));
		assertThat(dialog.importAll.isEnabled()).isTrue();
		test(dialog.importAll).click();

		assertThat(this.bank.questions(this.courseId, null)).hasSize(before + 2);
		assertThat(test(view.grid).size()).isEqualTo(before + 2);
	}

	@Test
	void anOrganiserWritesAQuestionAndTheExportHasIt() throws Exception {
		QuestionBankView view = navigate(QuestionBankView.class, Map.of(QuestionBankView.COURSE_ID, String.valueOf(this.courseId)));
		test(view.add).click();
		roundTrip();
		QuestionDialog dialog = view.dialog;
		dialog.kind.setValue(QuestionKind.NUMERIC);
		dialog.category.setValue("Hitungan");
		dialog.text.setValue("Berapa JP untuk 3 hari x 6 JP?");
		dialog.number.setValue(new java.math.BigDecimal("18"));

		test(dialog.save).click();

		BankQuestion stored = this.bank.questions(this.courseId, null)
			.stream()
			.filter(q -> q.text().equals("Berapa JP untuk 3 hari x 6 JP?"))
			.findFirst()
			.orElseThrow();
		assertThat(stored.numericAnswer()).isEqualByComparingTo("18");
		assertThat(stored.category()).isEqualTo("Hitungan");
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		test(view.export).download(csv);
		assertThat(csv.toString(StandardCharsets.UTF_8)).contains("Hitungan;ANGKA;Berapa JP untuk 3 hari x 6 JP?;1;;18;0");
	}

	@Test
	void aQuestionWithoutTextIsRefusedWithAMessage() {
		QuestionBankView view = navigate(QuestionBankView.class, Map.of(QuestionBankView.COURSE_ID, String.valueOf(this.courseId)));
		test(view.add).click();
		roundTrip();
		test(view.dialog.save).click();
		assertThat(test($(Notification.class).last()).getText()).isEqualTo("Teks soal wajib diisi.");
		assertThat(view.dialog.isOpened()).isTrue();
	}

	@Test
	void quizSettingsAreSavedAndImpossibleOnesRefused() {
		long category = this.fixtures.category(this.courseId, 3);
		long module = this.fixtures.quizModule(this.runId, "Pre-test");
		QuizSettingsView view = navigate(QuizSettingsView.class,
				Map.of(QuizSettingsView.COURSE_ID, String.valueOf(this.courseId), QuizSettingsView.MODULE_ID, String.valueOf(module)));
		view.selection.setValue(QuizSelection.RANDOM);
		view.categories.setValue(view.categories.getListDataView().getItems().filter(c -> c.id() == category).toList());
		view.drawCount.setValue(5);

		test(view.save).click();

		assertThat(test($(Notification.class).last()).getText())
			.isEqualTo("Kategori yang dipilih hanya berisi 3 soal, kurang dari 5 yang diminta.");
		assertThat(this.quizzes.module(module).settings()).isNull();
		view.drawCount.setValue(3);
		view.timeLimit.setValue(15);
		test(view.save).click();
		assertThat(this.quizzes.module(module).settings().drawCount()).isEqualTo(3);
		assertThat(this.quizzes.module(module).settings().timeLimitMinutes()).isEqualTo(15);
	}

	@Test
	void coordinatorsAreTurnedAwayFromTheBank() {
		SignIn.as(this.context, "koordinator");
		navigate(HomeView.class);
		navigate("kelola/kursus/" + this.courseId + "/bank-soal", AccessDeniedView.class);
		assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
	}

}
