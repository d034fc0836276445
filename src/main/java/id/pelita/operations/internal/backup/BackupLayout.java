package id.pelita.operations.internal.backup;

import java.nio.file.Path;

/**
 * Where an archive's entries live in a data directory: {@code database/...} (H2's files) at its top,
 * {@code files/...} (the storage directory) and {@code keys/...} (the certificate signing key) below it, as the
 * embedded default lays them out ({@code ./data/pelita.mv.db}, {@code ./data/files}, {@code ./data/keys}).
 */
final class BackupLayout {

	static final String DATABASE = "database/";

	static final String FILES = "files/";

	static final String KEYS = "keys/";

	private BackupLayout() {
	}

	/** Where the entry goes under the data directory; null for a name no archive of ours holds. */
	static Path target(Path dataDirectory, String entry) {
		String relative;
		if (entry.startsWith(DATABASE)) {
			relative = entry.substring(DATABASE.length());
		}
		else if (entry.startsWith(FILES) || entry.startsWith(KEYS)) {
			relative = entry;
		}
		else {
			throw new IllegalArgumentException("Unknown entry " + entry);
		}
		Path root = dataDirectory.toAbsolutePath().normalize();
		Path resolved = root.resolve(relative).normalize();
		if (relative.isEmpty() || !resolved.startsWith(root) || resolved.equals(root)) {
			throw new IllegalArgumentException("Entry outside the data directory: " + entry);
		}
		return resolved;
	}

	/** Whether the entry's name is one an archive of ours may hold (and stays inside the data directory). */
	static boolean valid(String entry) {
		try {
			target(Path.of("/data"), entry);
			return !entry.contains("\\") && !entry.contains("//");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
