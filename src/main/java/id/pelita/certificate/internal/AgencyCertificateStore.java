package id.pelita.certificate.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of an agency's certificates as its coordinator lists and downloads them: by the agency the holder
 * belonged to when the certificate was issued (the snapshot), the year the JP counts in, the run and a name or NIP.
 */
@Repository
public class AgencyCertificateStore {

	private final JdbcClient jdbc;

	AgencyCertificateStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The agencies' certificates in force or revoked (not the superseded) that match, by name, course and id. */
	public List<CertificateRow> ofAgencies(AgencyQuery query, int offset, int limit) {
		return agencyStatement("SELECT " + CertificateStore.COLUMNS, query,
				" ORDER BY holder_name, course_title, id LIMIT :limit OFFSET :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(CertificateStore.ROW)
			.list();
	}

	public int countOfAgencies(AgencyQuery query) {
		return agencyStatement("SELECT COUNT(*)", query, "").query(Integer.class).single();
	}

	/** The years and runs the agencies' certificates are of, for the filters: newest first. */
	public List<AgencyRun> runsOfAgencies(Collection<Long> agencies) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT DISTINCT jp_year, run_id, course_title, run_name, starts_on FROM certificate
				WHERE holder_agency_id IN (:agencies) AND status <> 'SUPERSEDED'
				ORDER BY jp_year DESC, starts_on DESC, run_id DESC""")
			.param("agencies", agencies)
			.query((rs, n) -> new AgencyRun(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	private JdbcClient.StatementSpec agencyStatement(String select, AgencyQuery query, String tail) {
		StringBuilder sql = new StringBuilder(select).append(" FROM certificate WHERE holder_agency_id IN (:agencies)")
			.append(query.validOnly() ? " AND status = 'VALID'" : " AND status <> 'SUPERSEDED'");
		if (query.year() != null) {
			sql.append(" AND jp_year = :year");
		}
		if (query.runId() != null) {
			sql.append(" AND run_id = :run");
		}
		String name = query.name();
		String digits = query.nipDigits();
		if (name != null) {
			sql.append(digits != null ? " AND (LOWER(holder_name) LIKE :name ESCAPE '\\' OR holder_nip LIKE :nip)"
					: " AND LOWER(holder_name) LIKE :name ESCAPE '\\'");
		}
		var statement = this.jdbc.sql(sql.append(tail).toString())
			.param("agencies", query.agencies().isEmpty() ? List.of(-1L) : query.agencies());
		if (query.year() != null) {
			statement = statement.param("year", query.year());
		}
		if (query.runId() != null) {
			statement = statement.param("run", query.runId());
		}
		if (name != null) {
			statement = statement.param("name", "%" + likeEscaped(name.toLowerCase(Locale.ROOT)) + "%");
			if (digits != null) {
				statement = statement.param("nip", "%" + digits + "%");
			}
		}
		return statement;
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * What a coordinator's list asks for: the agencies in scope, the year the JP counts in, one run and a name or
	 * NIP typed into the search (all optional), and whether only certificates in force count (the ZIP).
	 */
	public record AgencyQuery(Collection<Long> agencies, @Nullable Integer year, @Nullable Long runId,
			@Nullable String search, boolean validOnly) {

		@Nullable String name() {
			return this.search == null || this.search.isBlank() ? null : this.search.strip();
		}

		/** The digits of a search that looks like (part of) a NIP: digits and spaces, at least four digits. */
		@Nullable String nipDigits() {
			String name = name();
			if (name == null || !name.matches("[0-9 ]+")) {
				return null;
			}
			String digits = name.replace(" ", "");
			return digits.length() >= 4 ? digits : null;
		}

	}

	public record AgencyRun(int year, long runId, String courseTitle, String runName) {
	}

}
