package id.pelita.certificate.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditObject;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Certificates issued, reissued (the old one superseded) and revoked, as entries of the one audit log in the
 * transaction that draws the number or revokes: object the certificate, subject its holder and their agency as on
 * the certificate, the status before and after, the number, and the reason of a reissue or revocation; and the
 * setup page's changes: numbering settings (fields before and after), signing officials and signature images.
 */
@Component
public class CertificateAudit {

	private final AuditLog log;

	CertificateAudit(AuditLog log) {
		this.log = log;
	}

	/** A new certificate got its number (its file follows). */
	public void issued(CertificateRow row) {
		this.log.record(entry(AuditAction.CERTIFICATE_ISSUED, row, null, facts(row)));
	}

	/** {@code row} replaces {@code old}, for the reason given. */
	public void reissued(CertificateRow old, CertificateRow row, @Nullable String reason) {
		Map<String, @Nullable Object> superseded = new LinkedHashMap<>();
		superseded.put("status", "SUPERSEDED");
		superseded.put("supersededBy", row.number());
		superseded.put("reason", reason);
		Map<String, @Nullable Object> reissued = facts(row);
		reissued.put("supersedes", old.number());
		reissued.put("reason", reason);
		this.log.recordAll(List.of(
				entry(AuditAction.CERTIFICATE_SUPERSEDED, old, Map.of("status", old.status().name()), superseded),
				entry(AuditAction.CERTIFICATE_REISSUED, row, null, reissued)));
	}

	/** A certificate (valid or still being prepared) revoked. */
	public void revoked(CertificateRow row, String reason) {
		Map<String, @Nullable Object> after = new LinkedHashMap<>();
		after.put("status", "REVOKED");
		after.put("reason", reason);
		this.log.record(entry(AuditAction.CERTIFICATE_REVOKED, row, Map.of("status", row.status().name()), after));
	}

	/** The numbering settings saved: the fields that changed (nothing when none did). */
	public void numberingChanged(SettingsStore.Settings before, SettingsStore.Settings after) {
		AuditEntry entry = AuditEntry
			.of(AuditAction.CERTIFICATE_NUMBERING_CHANGED, AuditObject.CERTIFICATE_SETTINGS, null)
			.changes(settings(before), settings(after));
		if (!entry.unchanged()) {
			this.log.record(entry);
		}
	}

	/** A signing official added with their signature image. */
	public void officialAdded(long officialId, String name, @Nullable String nip, String title, String signaturePath) {
		Map<String, @Nullable Object> after = new LinkedHashMap<>();
		after.put("name", name);
		after.put("nip", nip);
		after.put("title", title);
		after.put("signature", signaturePath);
		this.log.record(AuditEntry.of(AuditAction.SIGNING_OFFICIAL_ADDED, AuditObject.SIGNING_OFFICIAL, officialId)
			.changes(Map.of(), after));
	}

	/** An official's signature image replaced (stored file names before and after). */
	public void signatureReplaced(SettingsStore.Official official, String signaturePath) {
		Map<String, @Nullable Object> before = new LinkedHashMap<>();
		before.put("signature", official.signaturePath());
		this.log.record(AuditEntry.of(AuditAction.SIGNATURE_REPLACED, AuditObject.SIGNING_OFFICIAL, official.id())
			.changes(before, Map.of("name", official.name(), "signature", signaturePath)));
	}

	private static Map<String, @Nullable Object> settings(SettingsStore.Settings settings) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("numberPattern", settings.numberPattern());
		fields.put("issuer", settings.issuer());
		fields.put("issuePlace", settings.issuePlace());
		fields.put("officialId", settings.officialId());
		return fields;
	}

	private static AuditEntry entry(AuditAction action, CertificateRow row, @Nullable Map<String, String> before,
			Map<String, @Nullable Object> after) {
		return AuditEntry.of(action, AuditObject.CERTIFICATE, row.id())
			.about(row.accountId(), row.holderAgencyId())
			.changes(before == null ? Map.of() : before, after);
	}

	private static Map<String, @Nullable Object> facts(CertificateRow row) {
		Map<String, @Nullable Object> facts = new LinkedHashMap<>();
		facts.put("status", row.status().name());
		facts.put("number", row.number());
		facts.put("runId", row.runId());
		facts.put("version", row.version());
		return facts;
	}

}
