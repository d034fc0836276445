package id.pelita.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import id.pelita.operations.internal.backup.ArchiveRestore;
import id.pelita.operations.internal.backup.BackupManifest;

/**
 * The restore command: {@code java -jar pelita-lms.jar --pelita.restore=<archive> [--pelita.restore.target=<dir>]}
 * restores a backup archive into an empty data directory (default {@code ./data}) and ends, without starting the
 * application. A corrupt archive, a foreign one or a non-empty target is refused before anything is written.
 */
public final class BackupRestore {

	static final String ARCHIVE = "--pelita.restore=";

	static final String TARGET = "--pelita.restore.target=";

	private BackupRestore() {
	}

	/** Whether the command line asks for a restore. */
	public static boolean requested(String[] args) {
		return argument(args, ARCHIVE).isPresent();
	}

	/** Runs the restore the command line asks for; the process's exit status (0 restored, 1 refused). */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Path archive = Path.of(argument(args, ARCHIVE).orElseThrow());
		Path target = Path.of(argument(args, TARGET).orElse("./data"));
		try {
			BackupManifest manifest = ArchiveRestore.restore(archive, target);
			out.println("Restored " + archive + " (taken " + manifest.createdAt() + ", application "
					+ manifest.appVersion() + ", schema " + manifest.schemaVersion() + ", "
					+ manifest.entries().size() + " files) into " + target.toAbsolutePath().normalize());
			return 0;
		}
		catch (ArchiveRestore.Refused ex) {
			err.println("Restore refused: " + ex.getMessage());
			return 1;
		}
		catch (IOException ex) {
			err.println("Restore failed: " + ex.getMessage());
			return 1;
		}
	}

	private static Optional<String> argument(String[] args, String prefix) {
		for (String arg : args) {
			if (arg.startsWith(prefix) && arg.length() > prefix.length()) {
				return Optional.of(arg.substring(prefix.length()));
			}
		}
		return Optional.empty();
	}

}
