package id.pelita.operations;

import java.util.List;
import java.util.Optional;

import id.pelita.operations.internal.backup.BackupWriter;
import id.pelita.operations.internal.backup.Backups;
import id.pelita.shared.UserFacingException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Backups of the embedded default (H2 file database, storage directory, signing key) for administrators: the
 * archives there are and "back up now", recorded in the audit log. On PostgreSQL the application writes no
 * backups (pg_dump and the storage directory, see the README) and {@link #available()} is false.
 */
@Service
public class BackupService {

	private final Backups backups;

	private final BackupWriter writer;

	BackupService(Backups backups, BackupWriter writer) {
		this.backups = backups;
		this.writer = writer;
	}

	/** Whether this installation's backups are written by the application (an H2 file database). */
	@PreAuthorize("hasRole('ADMIN')")
	public boolean available() {
		return this.writer.available();
	}

	/** The newest archive, if any. */
	@PreAuthorize("hasRole('ADMIN')")
	public Optional<BackupInfo> lastBackup() {
		return this.writer.archives().stream().findFirst();
	}

	/** The archives kept, newest first. */
	@PreAuthorize("hasRole('ADMIN')")
	public List<BackupInfo> archives() {
		return this.writer.archives();
	}

	/** Writes an archive now. */
	@PreAuthorize("hasRole('ADMIN')")
	public BackupInfo backUpNow() {
		if (!this.writer.available()) {
			throw new UserFacingException("backup.error.notEmbedded");
		}
		try {
			return this.backups.take();
		}
		catch (java.io.UncheckedIOException ex) {
			throw new UserFacingException("backup.error.failed", ex.getCause().getMessage());
		}
	}

}
