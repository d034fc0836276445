package id.pelita.certificate.ui;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.certificate.CertificateFixtures;
import id.pelita.certificate.CertificateStatus;
import id.pelita.certificate.CertificateVerification;
import id.pelita.certificate.PublicCertificate;
import id.pelita.certificate.RunCertificates;
import id.pelita.certificate.internal.CertificateIssuer;
import id.pelita.certificate.internal.CertificateRow;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
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

/**
 * The run's issue report ({@code /kelola/sertifikat/angkatan/{runId}}): issued, pending with the reason and
 * revoked participants; revocation and reissue only with a reason given in their dialog; the ZIP link.
 */
@SpringBootTest
@ActiveProfiles("test")
class RunCertificatesViewTests extends SpringBrowserlessTest {

	/** An account that does not exist: its completion stays pending with the reason. */
	private static final long NO_SUCH_ACCOUNT = 987_654_321L;

	@Autowired
	ApplicationContext context;

	@Autowired
	CertificateVerification verification;

	EnrolmentFixtures fixtures;

	CertificateFixtures certificates;

	long runId;

	CertificateRow issued;

	@BeforeEach
	void setUp() {
		this.fixtures = new EnrolmentFixtures(this.context);
		this.certificates = new CertificateFixtures(this.context);
		this.runId = this.fixtures.openRun(10, Map.of(), EnrolmentMode.OPEN);
		PersonRef holder = this.fixtures.employeeNamed("Andi Firmansyah", this.fixtures.agency("36.04.02"));
		this.issued = this.certificates.issue(this.runId, holder);
		this.context.getBean(CertificateIssuer.class).completed(this.runId, NO_SUCH_ACCOUNT, Instant.now());
		SignIn.as(this.context, "penyelenggara");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void theReportShowsIssuedAndPendingWithTheReasonAndTheZip() {
		RunCertificatesView view = open();
		assertThat(view.summary.getText()).isEqualTo("Terbit: 1 · Menunggu: 1 · Dicabut: 0");
		assertThat(view.zip.getHref()).isEqualTo("/api/v1/runs/" + this.runId + "/certificates.zip");
		int issuedRow = row(view, "Andi Firmansyah");
		assertThat(test(view.grid).getCellText(issuedRow, 1)).isEqualTo("Terbit");
		assertThat(test(view.grid).getCellText(issuedRow, 2)).isEqualTo(this.issued.number());
		int pendingRow = row(view, "#" + NO_SUCH_ACCOUNT);
		assertThat(test(view.grid).getCellText(pendingRow, 1)).isEqualTo("Menunggu");
		assertThat(test(view.grid).getCellText(pendingRow, 3)).isEqualTo("Akun peserta atau angkatan tidak ditemukan.");
		assertThat(actions(view, pendingRow)).containsExactly("Coba terbitkan lagi");
		assertThat(actions(view, issuedRow)).containsExactly("Cabut", "Terbitkan ulang");
	}

	@Test
	void revocationNeedsAReasonInItsDialogAndThenShowsInTheReportAndVerification() {
		RunCertificatesView view = open();
		click(view, row(view, "Andi Firmansyah"), "Cabut");
		CertificateReasonDialog dialog = find(CertificateReasonDialog.class).single();
		assertThat(dialog.getHeaderTitle()).isEqualTo("Cabut");
		test(dialog.reason).setValue("   ");
		test(dialog.confirm).click();
		assertThat(dialog.reason.isInvalid()).isTrue();
		assertThat(dialog.reason.getErrorMessage()).isEqualTo("Alasan wajib diisi (paling banyak 500 karakter).");
		assertThat(dialog.isOpened()).isTrue();
		assertThat(status(this.issued)).isEqualTo(CertificateStatus.VALID);

		test(dialog.reason).setValue("Daftar hadir dipalsukan");
		test(dialog.confirm).click();
		assertThat(dialog.isOpened()).isFalse();
		assertThat(view.summary.getText()).isEqualTo("Terbit: 0 · Menunggu: 1 · Dicabut: 1");
		int revokedRow = row(view, "Andi Firmansyah");
		assertThat(test(view.grid).getCellText(revokedRow, 1)).isEqualTo("Dicabut");
		assertThat(test(view.grid).getCellText(revokedRow, 3)).isEqualTo("Daftar hadir dipalsukan");
		assertThat(actions(view, revokedRow)).isEmpty();
		assertThat(status(this.issued)).isEqualTo(CertificateStatus.REVOKED);
	}

	@Test
	void reissueNeedsAReasonAndLeavesTheOldCertificateSuperseded() {
		RunCertificatesView view = open();
		click(view, row(view, "Andi Firmansyah"), "Terbitkan ulang");
		CertificateReasonDialog dialog = find(CertificateReasonDialog.class).single();
		test(dialog.confirm).click();
		assertThat(dialog.reason.isInvalid()).isTrue();
		assertThat(status(this.issued)).isEqualTo(CertificateStatus.VALID);
		test(dialog.reason).setValue("Gelar akademik dikoreksi");
		test(dialog.confirm).click();
		assertThat(dialog.isOpened()).isFalse();
		assertThat(status(this.issued)).isEqualTo(CertificateStatus.SUPERSEDED);
		RunCertificates.Entry entry = test(view.grid).getRow(row(view, "Andi Firmansyah"));
		assertThat(entry.state()).isEqualTo(RunCertificates.State.ISSUED);
		assertThat(entry.certificateId()).isNotEqualTo(this.issued.id());
		assertThat(this.certificates.find(entry.certificateId()).supersedesId()).isEqualTo(this.issued.id());
	}

	@Test
	void participantsAreTurnedAway() {
		SignIn.as(this.context, "peserta");
		navigate(HomeView.class);
		navigate("kelola/sertifikat/angkatan/" + this.runId, AccessDeniedView.class);
		assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
	}

	private RunCertificatesView open() {
		navigate(HomeView.class);
		navigate("kelola/sertifikat/angkatan/" + this.runId, RunCertificatesView.class);
		return (RunCertificatesView) getCurrentView();
	}

	private CertificateStatus status(CertificateRow row) {
		return this.verification.byCode(row.code()).map(PublicCertificate::status).orElseThrow();
	}

	private int row(RunCertificatesView view, String holder) {
		return IntStream.range(0, test(view.grid).size())
			.filter(i -> test(view.grid).getRow(i).holderName().equals(holder))
			.findFirst()
			.orElseThrow();
	}

	private List<String> actions(RunCertificatesView view, int row) {
		return ((HorizontalLayout) test(view.grid).getCellComponent(row, 4)).getChildren()
			.map(button -> ((Button) button).getText())
			.toList();
	}

	private void click(RunCertificatesView view, int row, String text) {
		((HorizontalLayout) test(view.grid).getCellComponent(row, 4)).getChildren()
			.map(Button.class::cast)
			.filter(button -> button.getText().equals(text))
			.findFirst()
			.map(button -> test(button))
			.orElseThrow()
			.click();
	}

}
