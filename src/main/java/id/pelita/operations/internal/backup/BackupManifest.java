package id.pelita.operations.internal.backup;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a backup archive holds, as {@code manifest.json}: the format (so a foreign ZIP is recognised), the version
 * of the application and of the schema it was taken from, when, and the SHA-256 of every other entry.
 */
public record BackupManifest(String format, String appVersion, String schemaVersion, Instant createdAt,
		Map<String, String> entries) {

	/** The format of the archives this version writes and reads. */
	public static final String FORMAT = "pelita-backup/1";

	/** The name of the manifest's entry. */
	public static final String ENTRY = "manifest.json";

	public BackupManifest {
		entries = new TreeMap<>(entries);
	}

}
