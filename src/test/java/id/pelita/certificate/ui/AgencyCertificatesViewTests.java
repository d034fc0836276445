package id.pelita.certificate.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.certificate.AgencyCertificate;
import id.pelita.certificate.AgencyCertificates;
import id.pelita.certificate.CertificateAdministration;
import id.pelita.certificate.CertificateFixtures;
import id.pelita.certificate.CertificateStatus;
import id.pelita.certificate.HolderCertificates;
import id.pelita.certificate.internal.CertificateRow;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.shared.security.PelitaUser;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The coordinator's {@code /instansi/sertifikat}: the certificates of the agency and its units only, filtered by
 * year, run and name or NIP (from and into the address), a PDF link per certificate in force, and the ZIP of the
 * filtered certificates in force.
 */
@SpringBootTest
@ActiveProfiles("test")
class AgencyCertificatesViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	AgencyCertificates agencyCertificates;

	EnrolmentFixtures fixtures;

	CertificateFixtures certificates;

	long runId;

	String family;

	CertificateRow inUnit;

	CertificateRow inRegency;

	CertificateRow elsewhere;

	PersonRef unitPerson;

	@BeforeEach
	void issueCertificates() {
		this.fixtures = new EnrolmentFixtures(this.context);
		this.certificates = new CertificateFixtures(this.context);
		this.runId = this.fixtures.openRun(50, Map.of(), EnrolmentMode.OPEN);
		this.family = TestData.username("Wiraatmadja").replaceAll("[^A-Za-z]", "");
		this.unitPerson = this.fixtures.employeeNamed("Siti Aisyah " + this.family, this.fixtures.agency("36.04.02"));
		this.inUnit = this.certificates.issue(this.runId, this.unitPerson);
		this.inRegency = this.certificates.issue(this.runId,
				this.fixtures.employeeNamed("Bambang Pamungkas " + this.family, this.fixtures.agency("36.04")));
		this.elsewhere = this.certificates.issue(this.runId,
				this.fixtures.employeeNamed("Cahya Ningrum " + this.family, this.fixtures.agency("36.01")));
		SignIn.as(this.context, "koordinator");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void theCoordinatorSeesTheAgencysAndItsUnitsCertificatesOnlyWithTheirPdf() {
		AgencyCertificatesView view = open(Map.of("angkatan", String.valueOf(this.runId)));
		assertThat(view.run.getValue().runId()).isEqualTo(this.runId);
		assertThat(rows(view)).extracting(AgencyCertificate::holderName)
			.containsExactly("Bambang Pamungkas " + this.family, "Siti Aisyah " + this.family);
		assertThat(view.count.getText()).isEqualTo("2 sertifikat");
		AgencyCertificate first = rows(view).getFirst();
		assertThat(first.number()).isEqualTo(this.inRegency.number());
		Anchor pdf = (Anchor) ((Span) test(view.grid).getCellComponent(0, 7)).getChildren().findFirst().orElseThrow();
		assertThat(pdf.getHref()).isEqualTo("/api/v1/certificates/" + this.inRegency.code() + "/pdf");
		assertThat(pdf.getText()).isEqualTo("Unduh PDF");
		assertThat(this.context.getBean(HolderCertificates.class).pdf(this.inRegency.code())).isPresent();
		assertThatThrownBy(() -> this.context.getBean(HolderCertificates.class).pdf(this.elsewhere.code()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void filtersComeFromTheAddressAndNarrowTheList() {
		int year = this.inUnit.jpYear();
		String nipPart = this.unitPerson.nip().substring(0, 8) + " " + this.unitPerson.nip().substring(8, 14);
		AgencyCertificatesView view = open(Map.of("tahun", String.valueOf(year), "angkatan",
				String.valueOf(this.runId), "q", nipPart));
		assertThat(view.year.getValue()).isEqualTo(year);
		assertThat(view.search.getValue()).isEqualTo(nipPart);
		assertThat(rows(view)).extracting(AgencyCertificate::holderName)
			.containsExactly("Siti Aisyah " + this.family);
		test(view.search).setValue("bambang pamungkas " + this.family.toLowerCase());
		assertThat(rows(view)).extracting(AgencyCertificate::holderName)
			.containsExactly("Bambang Pamungkas " + this.family);
		test(view.search).setValue("Cahya Ningrum " + this.family);
		assertThat(view.grid.isVisible()).isFalse();
		assertThat(view.zip.isVisible()).isFalse();
		assertThat(view.empty.getText()).isEqualTo("Tidak ada sertifikat yang cocok dengan saringan ini.");
		assertThat(view.count.getText()).isEqualTo("Tidak ada sertifikat");
		AgencyCertificatesView unknownYear = open(Map.of("tahun", "1999", "angkatan", "abc"));
		assertThat(unknownYear.year.getValue()).isNull();
		assertThat(unknownYear.run.getValue()).isNull();
	}

	@Test
	void theZipHoldsTheFilteredCertificatesInForceByteForByte() throws Exception {
		this.fixtures.asSystem(() -> {
			this.context.getBean(CertificateAdministration.class).revoke(this.inUnit.id(), "Data kehadiran salah");
			return null;
		});
		AgencyCertificatesView view = open(Map.of("angkatan", String.valueOf(this.runId)));
		assertThat(rows(view)).extracting(AgencyCertificate::status)
			.containsExactly(CertificateStatus.VALID, CertificateStatus.REVOKED);
		assertThat(((Span) test(view.grid).getCellComponent(1, 7)).getChildren()).isEmpty();
		assertThat(view.zip.getText()).isEqualTo("Unduh yang berlaku (ZIP)");
		assertThat(view.zip.getHref()).isNotBlank();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(this.agencyCertificates.writeZip(view.filter(), out)).isEqualTo(1);
		Map<String, byte[]> entries = unzip(out.toByteArray());
		assertThat(entries).containsOnlyKeys(HolderCertificates.fileName(this.inRegency.number(),
				this.inRegency.holderName()));
		assertThat(entries.values().iterator().next()).isEqualTo(this.certificates.pdf(this.inRegency));
	}

	@Test
	void anotherAgencysCoordinatorSeesOnlyTheirOwnAndParticipantsAreTurnedAway() {
		PelitaUser pandeglang = this.fixtures.coordinator(this.fixtures.agency("36.01"));
		List<AgencyCertificate> theirs = this.fixtures.as(pandeglang, () -> this.agencyCertificates
			.page(new AgencyCertificates.Filter(null, this.runId, null), 0, 50));
		assertThat(theirs).extracting(AgencyCertificate::holderName).containsExactly("Cahya Ningrum " + this.family);
		SignIn.as(this.context, "peserta");
		assertThatThrownBy(() -> this.agencyCertificates.count(AgencyCertificates.Filter.ALL))
			.isInstanceOf(AccessDeniedException.class);
		navigate(HomeView.class);
		navigate("instansi/sertifikat", AccessDeniedView.class);
		assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
	}

	private AgencyCertificatesView open(Map<String, String> parameters) {
		navigate(HomeView.class);
		UI.getCurrent().navigate(AgencyCertificatesView.class, QueryParameters.simple(parameters));
		return (AgencyCertificatesView) getCurrentView();
	}

	private List<AgencyCertificate> rows(AgencyCertificatesView view) {
		if (!view.grid.isVisible()) {
			return List.of();
		}
		return IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i)).toList();
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

}
