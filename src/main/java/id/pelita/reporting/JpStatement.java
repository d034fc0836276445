package id.pelita.reporting;

import java.math.BigDecimal;
import java.util.List;

import id.pelita.certificate.CreditedCertificate;
import id.pelita.shared.JamPelajaran;
import org.jspecify.annotations.Nullable;

/**
 * One employee's JP year and everything that makes it up: the certificates whose JP counts in it and the trainings
 * outside the platform, whatever their status (only {@code COUNTED} ones add to the total).
 */
public record JpStatement(long accountId, @Nullable String nip, String fullName, int year, BigDecimal total,
		List<CreditedCertificate> certificates, List<ExternalEntry> external) {

	public JpStatement {
		certificates = List.copyOf(certificates);
		external = List.copyOf(external);
	}

	/** The yearly target, 20 JP. */
	public int target() {
		return JamPelajaran.ANNUAL_TARGET.hours();
	}

	public boolean reached() {
		return this.total.compareTo(BigDecimal.valueOf(target())) >= 0;
	}

}
