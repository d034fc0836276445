package id.pelita.operations.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores an archive into an empty data directory. Everything is checked before the first byte is written: the
 * target is empty (or does not exist), the file is a ZIP with a manifest of our format, the manifest names exactly
 * the entries there are, and each entry's SHA-256 is the manifest's. A refusal is a {@link Refused} with the
 * reason, and nothing has been written.
 */
public final class ArchiveRestore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ArchiveRestore() {
	}

	/** Why an archive was not restored. */
	public static final class Refused extends Exception {

		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}

	}

	/** Checks the archive and the target, then writes the archive's entries; the manifest restored. */
	public static BackupManifest restore(Path archive, Path dataDirectory) throws Refused, IOException {
		Path target = dataDirectory.toAbsolutePath().normalize();
		requireEmpty(target);
		if (!Files.isRegularFile(archive)) {
			throw new Refused("No archive at " + archive);
		}
		try (ZipFile zip = open(archive)) {
			BackupManifest manifest = check(zip);
			Files.createDirectories(target);
			for (String name : manifest.entries().keySet()) {
				Path file = BackupLayout.target(target, name);
				Files.createDirectories(file.getParent());
				try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
					Files.copy(in, file);
				}
			}
			return manifest;
		}
	}

	/** The archive's manifest once every entry matches it; {@link Refused} otherwise. */
	public static BackupManifest check(Path archive) throws Refused, IOException {
		try (ZipFile zip = open(archive)) {
			return check(zip);
		}
	}

	private static BackupManifest check(ZipFile zip) throws Refused, IOException {
		BackupManifest manifest = manifest(zip);
		Set<String> present = new HashSet<>();
		List<String> problems = new ArrayList<>();
		Enumeration<? extends ZipEntry> entries = zip.entries();
		while (entries.hasMoreElements()) {
			ZipEntry entry = entries.nextElement();
			if (entry.isDirectory() || entry.getName().equals(BackupManifest.ENTRY)) {
				continue;
			}
			String name = entry.getName();
			present.add(name);
			String expected = manifest.entries().get(name);
			if (expected == null) {
				problems.add(name + " is not in the manifest");
				continue;
			}
			String actual;
			try (InputStream in = zip.getInputStream(entry)) {
				actual = Sha256.copy(in, null);
			}
			catch (ZipException ex) {
				actual = "unreadable (" + ex.getMessage() + ")";
			}
			if (!expected.equals(actual)) {
				problems.add(name + ": checksum " + actual + " instead of " + expected);
			}
		}
		for (String name : manifest.entries().keySet()) {
			if (!present.contains(name)) {
				problems.add(name + " is missing");
			}
		}
		if (!problems.isEmpty()) {
			throw new Refused("The archive is damaged (" + problems.size() + " problem(s)): "
					+ String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
		}
		return manifest;
	}

	private static BackupManifest manifest(ZipFile zip) throws Refused, IOException {
		ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
		if (entry == null) {
			throw new Refused("Not a Pelita backup: the archive has no " + BackupManifest.ENTRY);
		}
		BackupManifest manifest;
		try (InputStream in = zip.getInputStream(entry)) {
			manifest = JSON.readValue(in, BackupManifest.class);
		}
		catch (JacksonException | ZipException ex) {
			throw new Refused("Not a Pelita backup: its " + BackupManifest.ENTRY + " cannot be read");
		}
		if (manifest == null || !BackupManifest.FORMAT.equals(manifest.format()) || manifest.entries() == null
				|| manifest.createdAt() == null) {
			throw new Refused("Not a Pelita backup: its manifest is not of the format " + BackupManifest.FORMAT);
		}
		boolean hasDatabase = false;
		for (String name : manifest.entries().keySet()) {
			if (!BackupLayout.valid(name)) {
				throw new Refused("Not a Pelita backup: the manifest names an entry outside the data directory: "
						+ name);
			}
			hasDatabase |= name.startsWith(BackupLayout.DATABASE);
		}
		if (!hasDatabase) {
			throw new Refused("Not a Pelita backup: the archive holds no database");
		}
		return manifest;
	}

	private static ZipFile open(Path archive) throws Refused, IOException {
		try {
			return new ZipFile(archive.toFile());
		}
		catch (ZipException ex) {
			throw new Refused("Not a ZIP archive: " + archive);
		}
		catch (NoSuchFileException ex) {
			throw new Refused("No archive at " + archive);
		}
	}

	private static void requireEmpty(Path target) throws Refused, IOException {
		if (!Files.exists(target)) {
			return;
		}
		if (!Files.isDirectory(target)) {
			throw new Refused("The target " + target + " is a file, not a directory");
		}
		try (Stream<Path> listing = Files.list(target)) {
			if (listing.findAny().isPresent()) {
				throw new Refused("The target " + target
						+ " is not empty; restore only into an empty data directory (nothing was written)");
			}
		}
	}

}
