package id.pelita.operations;

import java.time.Instant;

/**
 * One backup archive in the backup directory.
 *
 * @param fileName the archive's name ({@code pelita-backup-<yyyyMMdd-HHmmss>.zip}, UTC)
 * @param createdAt when it was written
 * @param size its size in bytes
 */
public record BackupInfo(String fileName, Instant createdAt, long size) {
}
