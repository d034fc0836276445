package id.pelita.certificate.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import id.pelita.certificate.CertificateStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** All SQL of the certificates and their issue requests (their audit entries go to the one audit log). */
@Repository
public class CertificateStore {

	static final String COLUMNS = "id, run_id, account_id, version, number, code, status, issued_at, completed_at, "
			+ "holder_name, holder_nip, holder_rank, holder_position, holder_agency, holder_agency_id, course_title, "
			+ "course_code, run_name, starts_on, ends_on, jp, jp_year, template, issuer, issue_place, official_name, "
			+ "official_nip, official_title, pdf_path, pdf_sha256, pdf_size, supersedes_id, revoked_reason, revoked_at, "
			+ "signature_path, holder_zone, topics";

	static final RowMapper<CertificateRow> ROW = CertificateStore::row;

	private final JdbcClient jdbc;

	CertificateStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// issue requests

	/** Records a completion once: a new request is pending; a revoked one becomes pending again. */
	public void requestIssue(long runId, long accountId, Instant completedAt, Instant now) {
		this.jdbc.sql("""
				INSERT INTO certificate_request (run_id, account_id, completed_at, status, attempts, updated_at)
				VALUES (?, ?, ?, 'PENDING', 0, ?) ON CONFLICT DO NOTHING""")
			.params(runId, accountId, utc(completedAt), utc(now))
			.update();
		this.jdbc.sql("""
				UPDATE certificate_request SET status = 'PENDING', completed_at = ?, problem = NULL,
				problem_detail = NULL, attempts = 0, updated_at = ?
				WHERE run_id = ? AND account_id = ? AND status = 'REVOKED' AND completed_at < ?""")
			.params(utc(completedAt), utc(now), runId, accountId, utc(completedAt))
			.update();
	}

	/** Locks the request for this participant and run; its status and completion, or empty when there is none. */
	public Optional<Request> lockRequest(long runId, long accountId) {
		return this.jdbc.sql("""
				SELECT run_id, account_id, completed_at, status, problem, problem_detail, attempts, updated_at
				FROM certificate_request WHERE run_id = ? AND account_id = ? FOR UPDATE""")
			.params(runId, accountId)
			.query(CertificateStore::request)
			.optional();
	}

	public void requestDone(long runId, long accountId, String status, Instant now) {
		this.jdbc.sql("""
				UPDATE certificate_request SET status = ?, problem = NULL, problem_detail = NULL, updated_at = ?
				WHERE run_id = ? AND account_id = ?""")
			.params(status, utc(now), runId, accountId)
			.update();
	}

	public void requestProblem(long runId, long accountId, String problem, @Nullable String detail, Instant now) {
		this.jdbc.sql("""
				UPDATE certificate_request SET problem = ?, problem_detail = ?, attempts = attempts + 1, updated_at = ?
				WHERE run_id = ? AND account_id = ? AND status = 'PENDING'""")
			.params(problem, detail == null ? null : abbreviate(detail, 500), utc(now), runId, accountId)
			.update();
	}

	/**
	 * A request whose certificate is numbered and being prepared: pending again (also after a reissue) and
	 * touched now, so that the sweep leaves it alone while this attempt makes the file.
	 */
	public void requestPreparing(long runId, long accountId, Instant now) {
		this.jdbc.sql("""
				UPDATE certificate_request SET status = 'PENDING', updated_at = ? WHERE run_id = ? AND account_id = ?""")
			.params(utc(now), runId, accountId)
			.update();
	}

	/**
	 * Requests not touched since {@code before}, oldest first: pending ones, and any whose certificate was left
	 * without its file (a node that died between the two steps of issuing).
	 */
	public List<Request> pending(Instant before, int limit) {
		return this.jdbc.sql("""
				SELECT run_id, account_id, completed_at, status, problem, problem_detail, attempts, updated_at
				FROM certificate_request r WHERE updated_at <= ? AND (status = 'PENDING' OR EXISTS (
				SELECT 1 FROM certificate c WHERE c.run_id = r.run_id AND c.account_id = r.account_id
				AND c.status = 'PREPARING')) ORDER BY updated_at LIMIT ?""")
			.params(utc(before), limit)
			.query(CertificateStore::request)
			.list();
	}

	public List<Request> requestsOfRun(long runId) {
		return this.jdbc.sql("""
				SELECT run_id, account_id, completed_at, status, problem, problem_detail, attempts, updated_at
				FROM certificate_request WHERE run_id = ?""")
			.params(runId)
			.query(CertificateStore::request)
			.list();
	}

	// certificates

	public long insert(CertificateRow c) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO certificate (run_id, account_id, version, number, code, status, issued_at, completed_at,
				holder_name, holder_nip, holder_rank, holder_position, holder_agency, holder_agency_id, course_title,
				course_code, run_name, starts_on, ends_on, jp, jp_year, template, issuer, issue_place, official_name,
				official_nip, official_title, pdf_path, pdf_sha256, pdf_size, supersedes_id, signature_path,
				holder_zone, topics)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.runId(), c.accountId(), c.version(), c.number(), c.code(), c.status().name(), utc(c.issuedAt()),
					utc(c.completedAt()), c.holderName(), c.holderNip(), c.holderRank(), c.holderPosition(),
					c.holderAgency(), c.holderAgencyId(), c.courseTitle(), c.courseCode(), c.runName(), c.startsOn(),
					c.endsOn(), c.jp(), c.jpYear(), c.template(), c.issuer(), c.issuePlace(), c.officialName(),
					c.officialNip(), c.officialTitle(), c.pdfPath(), c.pdfSha256(), c.pdfSize(), c.supersedesId(),
					c.signaturePath(), c.holderZone(), c.topics())
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public Optional<CertificateRow> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE id = ?").param(id).query(ROW).optional();
	}

	public Optional<CertificateRow> findByCode(String code) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE code = ?").param(code).query(ROW).optional();
	}

	public List<CertificateRow> findBySha256(String sha256) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE pdf_sha256 = ?").param(sha256).query(ROW).list();
	}

	/** The certificate in force for a participant and run, if any. */
	public Optional<CertificateRow> valid(long runId, long accountId) {
		return this.jdbc.sql("SELECT " + COLUMNS
				+ " FROM certificate WHERE run_id = ? AND account_id = ? AND status = 'VALID'")
			.params(runId, accountId)
			.query(ROW)
			.optional();
	}

	/** The certificate of a participant and run that is numbered but still without its file, if any. */
	public Optional<CertificateRow> preparing(long runId, long accountId) {
		return this.jdbc.sql("SELECT " + COLUMNS
				+ " FROM certificate WHERE run_id = ? AND account_id = ? AND status = 'PREPARING'")
			.params(runId, accountId)
			.query(ROW)
			.optional();
	}

	/** The certificates of a participant and run that are in force or about to be (valid or preparing). */
	public List<CertificateRow> current(long runId, long accountId) {
		return this.jdbc.sql("SELECT " + COLUMNS
				+ " FROM certificate WHERE run_id = ? AND account_id = ? AND status IN ('VALID', 'PREPARING')")
			.params(runId, accountId)
			.query(ROW)
			.list();
	}

	/**
	 * A preparing certificate gets its file and becomes valid; false when it is no longer preparing (finished by
	 * another node, or revoked meanwhile).
	 */
	public boolean markReady(long id, String pdfPath, String sha256, long size) {
		return this.jdbc.sql("""
				UPDATE certificate SET status = 'VALID', pdf_path = ?, pdf_sha256 = ?, pdf_size = ?
				WHERE id = ? AND status = 'PREPARING'""")
			.params(pdfPath, sha256, size, id)
			.update() == 1;
	}

	public int lastVersion(long runId, long accountId) {
		return this.jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM certificate WHERE run_id = ? AND account_id = ?")
			.params(runId, accountId)
			.query(Integer.class)
			.single();
	}

	public List<CertificateRow> ofAccount(long accountId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE account_id = ? ORDER BY issued_at DESC, id DESC")
			.param(accountId)
			.query(ROW)
			.list();
	}

	public List<CertificateRow> ofRun(long runId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE run_id = ? ORDER BY holder_name, version")
			.param(runId)
			.query(ROW)
			.list();
	}

	/** The valid certificates of a run, for its ZIP; only those of the given agencies unless null. */
	public List<CertificateRow> validOfRun(long runId, @Nullable Collection<Long> agencies) {
		if (agencies != null && agencies.isEmpty()) {
			return List.of();
		}
		String agencyFilter = agencies == null ? "" : " AND holder_agency_id IN (:agencies)";
		var statement = this.jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE run_id = :run AND status = 'VALID'"
				+ agencyFilter + " ORDER BY holder_name, id").param("run", runId);
		if (agencies != null) {
			statement = statement.param("agencies", agencies);
		}
		return statement.query(ROW).list();
	}

	public void markSuperseded(long id) {
		this.jdbc.sql("UPDATE certificate SET status = 'SUPERSEDED' WHERE id = ? AND status = 'VALID'").param(id).update();
	}

	public boolean markRevoked(long id, String reason, Instant at) {
		return this.jdbc.sql("""
				UPDATE certificate SET status = 'REVOKED', revoked_reason = ?, revoked_at = ?
				WHERE id = ? AND status IN ('VALID', 'PREPARING')""")
			.params(reason, utc(at), id)
			.update() == 1;
	}

	/** @param updatedAt when it was last touched: an attempt at its file leases it for a while from then */
	public record Request(long runId, long accountId, Instant completedAt, String status, @Nullable String problem,
			@Nullable String problemDetail, int attempts, Instant updatedAt) {
	}

	private static Request request(ResultSet rs, int n) throws SQLException {
		return new Request(rs.getLong(1), rs.getLong(2), instant(rs, 3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getInt(7), instant(rs, 8));
	}

	private static CertificateRow row(ResultSet rs, int n) throws SQLException {
		return new CertificateRow(rs.getLong("id"), rs.getLong("run_id"), rs.getLong("account_id"), rs.getInt("version"),
				rs.getString("number"), rs.getString("code"), CertificateStatus.valueOf(rs.getString("status")),
				instant(rs, "issued_at"), instant(rs, "completed_at"), rs.getString("holder_name"),
				rs.getString("holder_nip"), rs.getString("holder_rank"), rs.getString("holder_position"),
				rs.getString("holder_agency"), (Long) rs.getObject("holder_agency_id", Long.class),
				rs.getString("course_title"), rs.getString("course_code"), rs.getString("run_name"),
				rs.getObject("starts_on", java.time.LocalDate.class), rs.getObject("ends_on", java.time.LocalDate.class),
				rs.getBigDecimal("jp"), rs.getInt("jp_year"), rs.getString("template"), rs.getString("issuer"),
				rs.getString("issue_place"), rs.getString("official_name"), rs.getString("official_nip"),
				rs.getString("official_title"), rs.getString("pdf_path"), rs.getString("pdf_sha256"),
				rs.getLong("pdf_size"), rs.getObject("supersedes_id", Long.class), rs.getString("revoked_reason"),
				instantOrNull(rs, "revoked_at"), rs.getString("signature_path"), rs.getString("holder_zone"),
				Objects.requireNonNullElse(rs.getString("topics"), ""));
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static String abbreviate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}


}
