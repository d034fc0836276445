package id.pelita.certificate.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The organiser's certificate settings (one row) and the signing officials. */
@Repository
public class SettingsStore {

	private final JdbcClient jdbc;

	SettingsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Settings settings() {
		return this.jdbc.sql("SELECT number_pattern, issuer, issue_place, official_id FROM certificate_settings WHERE id = 1")
			.query((rs, n) -> new Settings(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, Long.class)))
			.single();
	}

	public void save(Settings settings, Instant now) {
		this.jdbc.sql("""
				UPDATE certificate_settings SET number_pattern = ?, issuer = ?, issue_place = ?, official_id = ?,
				updated_at = ? WHERE id = 1""")
			.params(settings.numberPattern(), settings.issuer(), settings.issuePlace(), settings.officialId(),
					CertificateStore.utc(now))
			.update();
	}

	public List<Official> officials() {
		return this.jdbc.sql("SELECT id, full_name, nip, title, signature_path, active FROM certificate_official ORDER BY id")
			.query((rs, n) -> new Official(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getBoolean(6)))
			.list();
	}

	public Optional<Official> official(long id) {
		return officials().stream().filter(official -> official.id() == id).findFirst();
	}

	public long addOfficial(String name, @Nullable String nip, String title, String signaturePath, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO certificate_official (full_name, nip, title, signature_path, active, created_at)
				VALUES (?, ?, ?, ?, TRUE, ?)""")
			.params(name, nip, title, signaturePath, CertificateStore.utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public void setSignature(long officialId, String signaturePath) {
		this.jdbc.sql("UPDATE certificate_official SET signature_path = ? WHERE id = ?")
			.params(signaturePath, officialId)
			.update();
	}

	public record Settings(String numberPattern, String issuer, String issuePlace, @Nullable Long officialId) {
	}

	public record Official(long id, String name, @Nullable String nip, String title, @Nullable String signaturePath,
			boolean active) {
	}

}
