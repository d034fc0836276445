package id.pelita.certificate.internal;

import java.util.List;
import java.util.Map;

import id.pelita.shared.privacy.PersonalData;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's own certificates and their PDFs for their data download. */
@Component
class CertificatePersonalData implements PersonalData {

	private final JdbcClient jdbc;

	CertificatePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "certificates";
	}

	@Override
	public List<Map<String, @Nullable Object>> rows(long accountId) {
		return PersonalData.plain(this.jdbc.sql("""
				select id, run_id, version, number, code, status, issued_at, completed_at, holder_name, holder_nip, holder_rank, holder_position, holder_agency, course_title, course_code, run_name, starts_on, ends_on, jp, jp_year, issuer, issue_place, pdf_sha256, pdf_size, supersedes_id, revoked_reason, revoked_at from certificate where account_id = :account order by id""").param("account", accountId).query().listOfRows());
	}

	@Override
	public List<PersonalFile> files(long accountId) {
		return this.jdbc.sql("select number, holder_name, pdf_path from certificate where account_id = :account"
				+ " and pdf_path is not null order by id")
			.param("account", accountId)
			.query((rs, row) -> new PersonalFile(
					id.pelita.certificate.HolderCertificates.fileName(rs.getString(1), rs.getString(2)), rs.getString(3)))
			.list();
	}

}
