package id.pelita.operations.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import id.pelita.operations.BackupInfo;
import id.pelita.operations.BackupSettings;
import id.pelita.shared.files.FileStore;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes one backup archive: H2's own consistent copy of the database ({@code BACKUP TO}, taken while the
 * application runs: the MVStore copies on write, so the copy is one committed state), then the storage directory
 * and the signing key, then the manifest with every entry's SHA-256. The archive is written as {@code .part} and
 * renamed when complete, so a half-written archive is never taken for a backup; afterwards only the newest
 * {@code pelita.backup.keep} archives stay.
 */
@Component
public class BackupWriter {

	static final String PREFIX = "pelita-backup-";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(ZoneOffset.UTC);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	private final FileStore files;

	private final BackupSettings settings;

	private final DatabaseFacts database;

	private final Clock clock;

	BackupWriter(JdbcTemplate jdbc, FileStore files, BackupSettings settings, DatabaseFacts database, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.settings = settings;
		this.database = database;
		this.clock = clock;
	}

	/** Whether this installation can be backed up by the application (an H2 file database). */
	public boolean available() {
		return this.database.isH2File();
	}

	/** Writes an archive now; one backup at a time on this node. */
	public synchronized BackupInfo write() {
		if (!available()) {
			throw new IllegalStateException("Backups are written only for an H2 file database");
		}
		Instant now = this.clock.instant();
		Path directory = this.settings.directory().toAbsolutePath().normalize();
		String name = PREFIX + STAMP.format(now) + ".zip";
		Path archive = directory.resolve(name);
		Path part = directory.resolve(name + ".part");
		Path h2 = directory.resolve(name + ".h2.part");
		try {
			Files.createDirectories(directory);
			Files.deleteIfExists(h2);
			this.jdbc.execute("BACKUP TO '" + h2.toString().replace("'", "''") + "'");
			Map<String, String> sums = new TreeMap<>();
			try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
				copyDatabase(h2, zip, sums);
				copyTree(this.files.root(), BackupLayout.FILES, zip, sums);
				copyTree(this.files.root().getParent().resolve("keys"), BackupLayout.KEYS, zip, sums);
				BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, this.database.appVersion(),
						this.database.schemaVersion(), now, sums);
				zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
				zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
				zip.closeEntry();
			}
			Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE);
			prune(directory);
			return new BackupInfo(name, now, Files.size(archive));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Backup " + name + " failed", ex);
		}
		finally {
			deleteQuietly(h2);
			deleteQuietly(part);
		}
	}

	/** The archives in the backup directory, newest first. */
	public List<BackupInfo> archives() {
		Path directory = this.settings.directory().toAbsolutePath().normalize();
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> listing = Files.list(directory)) {
			return listing.filter(BackupWriter::isArchive)
				.sorted(Comparator.comparing((Path path) -> path.getFileName().toString()).reversed())
				.map(BackupWriter::info)
				.flatMap(Optional::stream)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void prune(Path directory) throws IOException {
		List<BackupInfo> all = archives();
		for (BackupInfo old : all.subList(Math.min(this.settings.keep(), all.size()), all.size())) {
			Files.deleteIfExists(directory.resolve(old.fileName()));
		}
	}

	private static void copyDatabase(Path h2, ZipOutputStream zip, Map<String, String> sums) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				if (!entry.isDirectory()) {
					add(zip, BackupLayout.DATABASE + entry.getName(), in, sums);
				}
			}
		}
	}

	private static void copyTree(Path root, String prefix, ZipOutputStream zip, Map<String, String> sums)
			throws IOException {
		if (!Files.isDirectory(root)) {
			return;
		}
		List<Path> regular;
		try (Stream<Path> walk = Files.walk(root)) {
			regular = walk.filter(Files::isRegularFile)
				.filter(path -> !path.getFileName().toString().endsWith(".part"))
				.sorted()
				.toList();
		}
		for (Path file : regular) {
			String relative = root.relativize(file).toString().replace('\\', '/');
			try (InputStream in = Files.newInputStream(file)) {
				add(zip, prefix + relative, in, sums);
			}
			catch (java.nio.file.NoSuchFileException gone) {
				// deleted while the backup ran (a replaced temporary file): nothing to keep
			}
		}
	}

	private static void add(ZipOutputStream zip, String name, InputStream in, Map<String, String> sums)
			throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		sums.put(name, Sha256.copy(in, zip));
		zip.closeEntry();
	}

	private static boolean isArchive(Path path) {
		String name = path.getFileName().toString();
		return name.startsWith(PREFIX) && name.endsWith(".zip") && Files.isRegularFile(path);
	}

	private static Optional<BackupInfo> info(Path path) {
		try {
			return Optional.of(new BackupInfo(path.getFileName().toString(),
					Files.getLastModifiedTime(path).toInstant(), Files.size(path)));
		}
		catch (IOException gone) {
			return Optional.empty();
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ignored) {
			// a leftover .part is ignored by archives() and overwritten by the next backup
		}
	}

}
