package id.pelita.operations.internal.backup;

import java.util.LinkedHashMap;
import java.util.Map;

import id.pelita.operations.BackupInfo;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditObject;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Takes a backup and records it in the audit log (who: the administrator, or {@code system} for the job). */
@Component
public class Backups {

	private final BackupWriter writer;

	private final AuditLog log;

	Backups(BackupWriter writer, AuditLog log) {
		this.writer = writer;
		this.log = log;
	}

	public BackupInfo take() {
		BackupInfo info = this.writer.write();
		Map<String, @Nullable Object> facts = new LinkedHashMap<>();
		facts.put("fileName", info.fileName());
		facts.put("size", info.size());
		this.log.recordOnItsOwn(AuditEntry.of(AuditAction.BACKUP_CREATED, AuditObject.BACKUP, info.fileName())
			.facts(facts));
		return info;
	}

}
