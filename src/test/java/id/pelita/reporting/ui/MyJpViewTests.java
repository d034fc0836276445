package id.pelita.reporting.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.reporting.ExternalEntry.Status;
import id.pelita.reporting.ExternalTrainingType;
import id.pelita.reporting.ExternalTrainings;
import id.pelita.reporting.JpTestData;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static id.pelita.reporting.JpTestData.input;
import static org.assertj.core.api.Assertions.assertThat;

/** The participant's JP page: the year's total and what makes it up, the year in the address, a submission. */
@SpringBootTest
@ActiveProfiles("test")
class MyJpViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ExternalTrainings trainings;

	private EnrolmentFixtures fixtures;

	private PersonRef person;

	private PelitaUser participant;

	private int thisYear;

	@BeforeEach
	void participant() {
		this.fixtures = new EnrolmentFixtures(this.context);
		this.person = this.fixtures.employee(this.fixtures.agency("36.04.02"));
		this.participant = EnrolmentFixtures.participant(this.person);
		this.thisYear = LocalDate.now(IndonesianTime.DEFAULT_ZONE).getYear();
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void theYearShowsItsTotalTheCertificatesAndTheExternalEntriesWithTheirStatus() {
		LocalDate day = LocalDate.of(this.thisYear, 1, 15);
		String number = new JpTestData(this.context).certificate(this.person, "Penguatan Integritas", day,
				day.plusDays(2), "12");
		PelitaUser coordinator = this.fixtures.coordinator(this.fixtures.agency("36.04"));
		var entry = this.fixtures.as(coordinator, () -> this.trainings.record(this.person.accountId(),
				input("Diklat Arsip", day.toString(), day.toString(), "5.5")));
		this.fixtures.as(coordinator, () -> this.trainings.voidEntry(entry.id(), "Tercatat ganda"));
		this.fixtures.as(coordinator, () -> this.trainings.record(this.person.accountId(),
				input("Diklat Kepemimpinan", day.toString(), day.toString(), "3")));
		this.fixtures.signIn(this.participant);

		MyJpView view = navigate(MyJpView.class);

		assertThat(view.year.getValue()).isEqualTo(this.thisYear);
		assertThat(view.figure.getText()).isEqualTo("15 dari 20 JP");
		assertThat(view.remaining.getText()).isEqualTo("Kurang 5 JP lagi untuk mencapai target tahun " + this.thisYear + ".");
		assertThat(texts(view.lists.certificates)).contains("Penguatan Integritas", "Nomor sertifikat " + number,
				"Halaman verifikasi", "12 JP");
		assertThat(texts(view.lists.external)).contains("Diklat Arsip", "Dibatalkan", "Alasan: Tercatat ganda",
				"Diklat Kepemimpinan", "Dihitung");
	}

	@Test
	void theYearIsTakenFromTheAddressAndWrittenBackToIt() {
		LocalDate lastYear = LocalDate.of(this.thisYear - 1, 6, 1);
		this.fixtures.as(this.fixtures.coordinator(this.fixtures.agency("36.04")), () -> this.trainings.record(
				this.person.accountId(), input("Bimtek Tahun Lalu", lastYear.toString(), lastYear.toString(), "21")));
		this.fixtures.signIn(this.participant);

		navigate(MyJpView.class);
		UI.getCurrent().navigate(MyJpView.class, QueryParameters.simple(Map.of("tahun", String.valueOf(this.thisYear - 1))));
		MyJpView view = (MyJpView) getCurrentView();

		assertThat(view.year.getValue()).isEqualTo(this.thisYear - 1);
		assertThat(view.figure.getText()).isEqualTo("21 dari 20 JP");
		assertThat(view.remaining.getText()).isEqualTo("Target 20 JP tahun " + (this.thisYear - 1) + " sudah tercapai.");
		test(view.year).selectItem(String.valueOf(this.thisYear));
		assertThat(view.figure.getText()).isEqualTo("0 dari 20 JP");
	}

	@Test
	void aSubmissionWithEvidenceWaitsForTheCoordinatorAndOneWithoutIsRefused() {
		this.fixtures.signIn(this.participant);
		MyJpView view = navigate(MyJpView.class);
		test(view.submit).click();
		SubmitEntryDialog dialog = find(SubmitEntryDialog.class).single();
		LocalDate day = LocalDate.of(this.thisYear, 2, 3);
		test(dialog.form.title).setValue("Webinar Manajemen ASN");
		test(dialog.form.organiser).setValue("LAN RI");
		dialog.form.startDate.setValue(day);
		dialog.form.endDate.setValue(day);
		dialog.form.jp.setValue(new java.math.BigDecimal("2"));
		dialog.form.type.setValue(ExternalTrainingType.E_LEARNING);
		test(dialog.send).click();
		assertThat(test(find(Notification.class).last()).getText())
			.isEqualTo("Lampirkan bukti pelatihan (PDF atau gambar) agar koordinator dapat memeriksanya.");
		assertThat(this.trainings.mine(this.thisYear)).isEmpty();

		test(dialog.form.evidence).upload("sertifikat.pdf", "application/pdf", JpTestData.PDF);
		test(dialog.send).click();

		assertThat(test(find(Notification.class).last()).getText())
			.isEqualTo("Pelatihan \"Webinar Manajemen ASN\" diajukan dan menunggu persetujuan koordinator.");
		assertThat(this.trainings.mine(this.thisYear)).singleElement().satisfies(entry -> {
			assertThat(entry.status()).isEqualTo(Status.PENDING);
			assertThat(entry.evidenceName()).isEqualTo("sertifikat.pdf");
		});
		assertThat(texts(view.lists.external)).contains("Webinar Manajemen ASN", "Menunggu persetujuan",
				"Bukti: sertifikat.pdf");
		assertThat(view.figure.getText()).isEqualTo("0 dari 20 JP");
	}

	@Test
	void theDashboardCardLinksToThePage() {
		this.fixtures.signIn(this.participant);
		navigate(id.pelita.shared.ui.HomeView.class);
		assertThat($(JpYearCard.Panel.class).single().details.getHref()).isEqualTo("jp-saya");
	}

	private static List<String> texts(com.vaadin.flow.component.Component root) {
		List<String> texts = new java.util.ArrayList<>();
		collect(root, texts);
		return texts;
	}

	private static void collect(com.vaadin.flow.component.Component component, List<String> texts) {
		String text = component.getElement().getText();
		if (!text.isBlank()) {
			texts.add(text);
		}
		if (component instanceof H3 heading) {
			texts.add(heading.getText());
		}
		component.getChildren().forEach(child -> collect(child, texts));
	}

}
