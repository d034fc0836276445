package id.pelita.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import id.pelita.identity.PersonRef;
import id.pelita.reporting.internal.JpLedgerStore;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test data of the JP pages: issued certificates credited to the ledger, evidence files, external entries. */
public final class JpTestData {

	/** The smallest PDF the file store recognises as one. */
	public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private final ApplicationContext context;

	public JpTestData(ApplicationContext context) {
		this.context = context;
	}

	/**
	 * An issued certificate (a row as the certificate module stores it) with its JP credited in the year of its last
	 * day, as the ledger's listener credits it. Returns its number.
	 */
	public String certificate(PersonRef holder, String course, LocalDate startsOn, LocalDate endsOn, String jp) {
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		long unique = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
		String number = "T-" + unique + "/BPSDM/" + endsOn.getYear();
		String code = "T" + unique;
		Instant issued = Instant.parse(endsOn.plusDays(1) + "T03:00:00Z");
		jdbc.update("""
				insert into certificate (run_id, account_id, version, number, code, status, issued_at, completed_at,
				    holder_name, holder_nip, course_title, course_code, run_name, starts_on, ends_on, jp, jp_year,
				    template, issuer, issue_place, official_name, official_title, pdf_path, pdf_sha256, pdf_size)
				values (?, ?, 1, ?, ?, 'VALID', ?, ?, ?, ?, ?, 'UJI', 'Angkatan I', ?, ?, ?, ?, 'standar', 'BPSDM',
				    'Serang', 'Pejabat Uji', 'Kepala', 'certificates/none.pdf', ?, 1)""", unique, holder.accountId(),
				number, code, Timestamp.from(issued), Timestamp.from(issued), holder.fullName(), holder.nip(), course,
				Date.valueOf(startsOn), Date.valueOf(endsOn), new BigDecimal(jp), endsOn.getYear(), "0".repeat(64));
		long id = jdbc.queryForObject("select id from certificate where code = ?", Long.class, code);
		this.context.getBean(JpLedgerStore.class)
			.credit(holder.accountId(), endsOn.getYear(), new BigDecimal(jp), JpEntry.CERTIFICATE, id, course, issued);
		return number;
	}

	public static EvidenceUpload pdf(String name) {
		return new EvidenceUpload(name, PDF);
	}

	public static ExternalEntryInput input(String title, String start, String end, String jp) {
		return new ExternalEntryInput(title, "BPSDM Provinsi Jawa Barat", LocalDate.parse(start), LocalDate.parse(end),
				new BigDecimal(jp), ExternalTrainingType.OTHER_INSTITUTION);
	}

}
