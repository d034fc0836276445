package id.pelita.catalog.ui;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import id.pelita.catalog.CatalogService;
import id.pelita.catalog.CompetencyType;
import id.pelita.catalog.CourseDetails;
import id.pelita.catalog.CourseSummary;
import id.pelita.catalog.LearningMode;
import id.pelita.catalog.TestCourses;
import id.pelita.shared.ui.AccessDeniedView;
import id.pelita.shared.ui.HomeView;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class CourseAdminViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	CatalogService catalog;

	@BeforeEach
	void signIn() {
		SignIn.as(this.context, "penyelenggara");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void organiserCreatesACourseWithItsCoverAndSeesItInTheList() {
		CourseAdminView view = navigate(CourseAdminView.class);
		test(view.create).click();
		CourseForm form = find(CourseForm.class).single();
		String code = TestData.username("ETIKA");
		test(form.title).setValue("Etika Bermedia Sosial bagi ASN");
		test(form.code).setValue(code);
		test(form.competencyType).selectItem("Sosial kultural");
		test(form.category).selectItem("Komunikasi");
		test(form.jp).setValue(9);
		test(form.learningMode).selectItem("Campuran");
		form.passMark.setValue(new BigDecimal("75"));
		form.attendanceThreshold.setValue(new BigDecimal("80"));
		test(form.targetAudience).setValue("Pengelola media sosial perangkat daerah");
		test(form.description).setValue("Menjaga **netralitas** ASN di media sosial.");
		assertThat(form.preview.getChildren()).singleElement()
			.isInstanceOfSatisfying(Html.class,
					html -> assertThat(html.getInnerHtml()).contains("<strong>netralitas</strong>"));
		assertThat(form.jp.getHelperText()).isEqualTo("9 JP = 6 jam 45 menit");
		test(form.cover.upload).upload("sampul.png", "image/png", png());
		assertThat(form.cover.message.getText()).isEqualTo("Sampul sampul.png siap; tersimpan saat Anda menyimpan kursus.");
		test(find(Button.class).withText("Simpan").single()).click();
		assertThat(test(find(Notification.class).last()).getText())
			.isEqualTo("Kursus Etika Bermedia Sosial bagi ASN ditambahkan.");
		assertThat(find(Dialog.class).all()).isEmpty();
		assertThat(gridTitles(view)).contains("Etika Bermedia Sosial bagi ASN");
		CourseDetails saved = course(code);
		assertThat(saved.competencyType()).isEqualTo(CompetencyType.SOSIAL_KULTURAL);
		assertThat(saved.learningMode()).isEqualTo(LearningMode.BLENDED);
		assertThat(saved.jp().hours()).isEqualTo(9);
		assertThat(saved.certificateTemplate()).isEqualTo("sttp-standar");
		assertThat(saved.coverImage()).startsWith("covers/").endsWith(".png");
	}

	@Test
	void missingTitleIsExplainedAtTheFieldAndNothingIsSaved() {
		CourseAdminView view = navigate(CourseAdminView.class);
		int before = this.catalog.courses().size();
		test(view.create).click();
		CourseForm form = find(CourseForm.class).single();
		test(form.code).setValue(TestData.username("TANPA"));
		test(form.category).selectItem("Komunikasi");
		test(form.jp).setValue(4);
		test(find(Button.class).withText("Simpan").single()).click();
		assertThat(form.title.isInvalid()).isTrue();
		assertThat(form.title.getErrorMessage()).isEqualTo("Judul kursus wajib diisi.");
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Judul kursus wajib diisi.");
		assertThat(find(Dialog.class).all()).hasSize(1);
		assertThat(this.catalog.courses()).hasSize(before);
	}

	@Test
	void missingOrOutOfRangeJpIsExplainedAtTheField() {
		navigate(CourseAdminView.class);
		test(find(Button.class).withText("Tambah kursus").single()).click();
		CourseForm form = find(CourseForm.class).single();
		test(form.title).setValue("Kursus Terlalu Panjang");
		test(form.code).setValue(TestData.username("JP"));
		test(form.category).selectItem("Komunikasi");
		test(form.description).setValue("Deskripsi.");
		form.passMark.setValue(BigDecimal.TEN);
		form.attendanceThreshold.setValue(BigDecimal.TEN);
		form.jp.clear();
		test(find(Button.class).withText("Simpan").single()).click();
		assertThat(form.jp.isInvalid()).isTrue();
		assertThat(form.jp.getErrorMessage()).isEqualTo("JP harus bilangan bulat antara 1 dan 200.");
		assertThat(form.jp.getI18n().getMaxErrorMessage()).isEqualTo("JP harus bilangan bulat antara 1 dan 200.");
		assertThat(form.jp.getMax()).isEqualTo(200);
	}

	@Test
	void textFileRenamedPngIsRefusedAtUploadWithAClearMessage() {
		navigate(CourseAdminView.class);
		test(find(Button.class).withText("Tambah kursus").single()).click();
		CourseForm form = find(CourseForm.class).single();
		test(form.cover.upload).upload("catatan.png", "image/png", "bukan gambar".getBytes(StandardCharsets.UTF_8));
		assertThat(form.cover.message.getText()).isEqualTo("Berkas catatan.png bukan gambar JPEG, PNG, atau WebP.");
		assertThat(form.cover.pending()).isNull();
		byte[] large = new byte[CoverField.UPLOAD_LIMIT + 500];
		System.arraycopy(png(), 0, large, 0, 8);
		test(form.cover.upload).upload("foto-besar.png", "image/png", large);
		assertThat(form.cover.message.getText())
			.isEqualTo("Berkas foto-besar.png lebih dari 2 MB. Perkecil gambarnya, lalu unggah lagi.");
		assertThat(form.cover.pending()).isNull();
	}

	@Test
	void organiserEditsACourse() {
		String code = TestData.username("EDIT");
		long id = this.catalog.createCourse(TestCourses.course(code));
		CourseAdminView view = navigate(CourseAdminView.class);
		test(view.search).setValue(code);
		assertThat(test(view.grid).size()).isEqualTo(1);
		test((Button) test(view.grid).getCellComponent(0, 6)).click();
		CourseForm form = find(CourseForm.class).single();
		assertThat(form.code.getValue()).isEqualTo(code);
		test(form.title).setValue("Pelayanan Publik Berbasis Digital");
		test(form.jp).setValue(16);
		test(find(Button.class).withText("Simpan").single()).click();
		assertThat(test(find(Notification.class).last()).getText())
			.isEqualTo("Kursus Pelayanan Publik Berbasis Digital disimpan.");
		CourseDetails saved = this.catalog.course(id);
		assertThat(saved.title()).isEqualTo("Pelayanan Publik Berbasis Digital");
		assertThat(saved.jp().hours()).isEqualTo(16);
		assertThat(gridTitles(view)).containsExactly("Pelayanan Publik Berbasis Digital");
	}

	@Test
	void searchIsKeptInTheAddressAndSaysWhenNothingMatches() {
		navigate(HomeView.class);
		UI.getCurrent().navigate(CourseAdminView.class, QueryParameters.of("q", "antikorupsi"));
		CourseAdminView view = (CourseAdminView) getCurrentView();
		assertThat(view.search.getValue()).isEqualTo("antikorupsi");
		assertThat(gridTitles(view)).containsExactly("Penguatan Integritas dan Budaya Antikorupsi");
		test(view.search).setValue("tidak ada kursus seperti ini");
		assertThat(view.grid.isVisible()).isFalse();
		assertThat(view.empty.getText()).isEqualTo("Tidak ada kursus yang cocok dengan pencarian.");
	}

	@Test
	void participantCannotOpenTheCoursesPage() {
		SignIn.as(this.context, "peserta");
		navigate(HomeView.class);
		navigate("kelola/kursus", AccessDeniedView.class);
		assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
	}

	private List<String> gridTitles(CourseAdminView view) {
		return view.grid.getListDataView().getItems().map(CourseSummary::title).toList();
	}

	private CourseDetails course(String code) {
		long id = this.catalog.courses().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
		return this.catalog.course(id);
	}

	private static byte[] png() {
		return TestCourses.png(2_000);
	}

}
