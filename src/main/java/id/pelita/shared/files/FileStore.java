package id.pelita.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.pelita.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files under the storage directory ({@code pelita.storage.directory}, default {@code ./data/files}): uploaded
 * materials, cover images, certificates. Content is streamed to a temporary file while its SHA-256 is computed
 * and its size limited, its type is recognised from the content ({@link FileType}), and it is then moved into
 * place as {@code <folder>/<sha256>.<ext>} in one atomic step, so a file appears whole or not at all, and the
 * same content is stored once. Callers keep {@link StoredFile#relativePath()} in their tables.
 */
@Component
public class FileStore {

	private static final Pattern FOLDER = Pattern.compile("[a-z0-9-]+(?:/[a-z0-9-]+)*");

	private static final Pattern STORED = Pattern.compile("([a-z0-9-]+(?:/[a-z0-9-]+)*)/([0-9a-f]{64})\\.([a-z0-9]+)");

	private static final int MAX_NAME = 100;

	private final Path root;

	public FileStore(@Value("${pelita.storage.directory:./data/files}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** The storage directory itself (status pages, backups). */
	public Path root() {
		return this.root;
	}

	/**
	 * Stores an upload: at most {@code maxBytes}, of one of the {@code accepted} types, recognised by content.
	 * Refuses an empty, too large or unaccepted file with a {@link UserFacingException} that names the file, and
	 * leaves nothing behind.
	 * @param fileName the name the user gave the file, only for messages
	 */
	public StoredFile store(String folder, InputStream content, @Nullable String fileName, long maxBytes,
			Set<FileType> accepted) {
		String name = displayName(fileName);
		Path directory = folder(folder);
		Path temporary = null;
		try {
			Files.createDirectories(directory);
			temporary = Files.createTempFile(directory, "upload-", ".part");
			MessageDigest digest = sha256();
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
				size = copyAtMost(content, out, maxBytes);
			}
			if (size == 0) {
				throw new UserFacingException("file.error.empty", name);
			}
			if (size > maxBytes) {
				throw new UserFacingException("file.error.tooLarge", name, megabytes(maxBytes));
			}
			byte[] header = readHeader(temporary);
			Optional<FileType> type = FileType.detect(header, temporary);
			if (type.isEmpty() || !accepted.contains(type.get())) {
				throw new UserFacingException("file.error.type", name, extensions(accepted));
			}
			return moveIntoPlace(folder, directory, temporary, HexFormat.of().formatHex(digest.digest()), size,
					type.get());
		}
		catch (IOException ex) {
			throw new UserFacingException("file.error.storage", name);
		}
		finally {
			deleteQuietly(temporary);
		}
	}

	/** Stores content the application made itself (a rendered certificate, a backup part) of a known type. */
	public StoredFile store(String folder, byte[] content, FileType expected) {
		return store(folder, new java.io.ByteArrayInputStream(content), expected.extension(), Long.MAX_VALUE,
				Set.of(expected));
	}

	/** The file behind a stored path; empty for unknown, missing or malformed paths (never outside the root). */
	public Optional<Path> find(String relativePath) {
		if (!STORED.matcher(relativePath).matches()) {
			return Optional.empty();
		}
		Path path = this.root.resolve(relativePath).normalize();
		return path.startsWith(this.root) && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
	}

	/** Opens a stored file for reading (streaming); the caller closes the stream. */
	public Optional<InputStream> open(String relativePath) {
		return find(relativePath).map(path -> {
			try {
				return Files.newInputStream(path);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** The type of a stored path, from its extension. */
	public Optional<FileType> typeOf(String relativePath) {
		var matcher = STORED.matcher(relativePath);
		return matcher.matches() ? FileType.ofExtension(matcher.group(3)) : Optional.empty();
	}

	/** Removes a stored file; missing files are ignored. Callers make sure no row refers to it any more. */
	public void delete(String relativePath) {
		find(relativePath).ifPresent(path -> {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** Usable bytes left on the storage directory's file system. */
	public long usableSpace() {
		try {
			Files.createDirectories(this.root);
			return Files.getFileStore(this.root).getUsableSpace();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private StoredFile moveIntoPlace(String folder, Path directory, Path temporary, String sha256, long size,
			FileType type) throws IOException {
		String fileName = sha256 + "." + type.extension();
		Path target = directory.resolve(fileName);
		String relativePath = folder + "/" + fileName;
		if (Files.exists(target)) {
			return new StoredFile(relativePath, sha256, size, type, false);
		}
		try {
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target);
			}
			return new StoredFile(relativePath, sha256, size, type, true);
		}
		catch (FileAlreadyExistsException ex) {
			return new StoredFile(relativePath, sha256, size, type, false);
		}
	}

	private Path folder(String folder) {
		if (!FOLDER.matcher(folder).matches()) {
			throw new IllegalArgumentException("Not a storage folder name: " + folder);
		}
		return this.root.resolve(folder);
	}

	/** Copies up to one byte more than the limit, so that a larger input is noticed without reading it all. */
	private static long copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			total += read;
			if (total > maxBytes) {
				return total;
			}
			out.write(buffer, 0, read);
		}
		return total;
	}

	private static byte[] readHeader(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(FileType.HEADER_BYTES);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteQuietly(@Nullable Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// a leftover .part file is harmless; the next start-up's clean-up or an operator removes it
			}
		}
	}

	private static String megabytes(long bytes) {
		long mb = bytes / (1024 * 1024);
		return mb > 0 ? mb + " MB" : (bytes / 1024) + " KB";
	}

	private static String extensions(Set<FileType> accepted) {
		return Arrays.stream(FileType.values())
			.filter(accepted::contains)
			.map(type -> type == FileType.OLE_OFFICE ? "doc/xls/ppt" : type.extension())
			.collect(Collectors.joining(", "));
	}

	private static String displayName(@Nullable String fileName) {
		if (fileName == null) {
			return "";
		}
		String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
		return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) + "…" : name;
	}

}
