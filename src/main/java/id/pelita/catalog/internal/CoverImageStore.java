package id.pelita.catalog.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import id.pelita.catalog.CatalogService;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.files.FileStore;
import id.pelita.shared.files.FileType;
import id.pelita.shared.files.StoredFile;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Course cover images: checked by their first bytes (JPEG, PNG or WebP, at most 2 MB) with the catalogue's own
 * messages, and stored through the shared {@link FileStore} as {@code covers/<sha256>.<ext>} under the storage
 * directory ({@code pelita.storage.directory}): written atomically, once per content.
 */
@Component
public class CoverImageStore {

	private static final int MAX_BYTES = CatalogService.MAX_COVER_BYTES;

	static final String FOLDER = "covers";

	private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{64}\\.(?:jpg|png|webp)");

	private final FileStore files;

	CoverImageStore(FileStore files) {
		this.files = files;
	}

	/** The type of the image, read from its first bytes; refuses anything else, empty or too large files. */
	public ImageType check(@Nullable String fileName, byte @Nullable [] content) {
		String name = displayName(fileName);
		if (content == null || content.length == 0) {
			throw new UserFacingException("cover.error.empty", name);
		}
		if (content.length > MAX_BYTES) {
			throw new UserFacingException("cover.error.tooLarge", name);
		}
		return ImageType.of(content).orElseThrow(() -> new UserFacingException("cover.error.type", name));
	}

	/**
	 * Writes the image unless the same content is stored already. The file appears whole or not at all (written
	 * next to its place, then moved).
	 */
	public Stored store(byte[] content, ImageType type) {
		try {
			StoredFile stored = this.files.store(FOLDER, content, FileType.valueOf(type.name()));
			return new Stored(stored.relativePath(), stored.created());
		}
		catch (UserFacingException ex) {
			throw new UserFacingException("cover.error.storage");
		}
	}

	/** Removes a stored cover (a path as {@link Stored#relativePath()} gave it); missing files are ignored. */
	public void delete(String relativePath) {
		this.files.delete(relativePath);
	}

	/** The file of a stored cover by its name ({@code <sha256>.<ext>}); empty for unknown or malformed names. */
	public Optional<Path> find(String storedName) {
		if (!STORED_NAME.matcher(storedName).matches()) {
			return Optional.empty();
		}
		return this.files.find(FOLDER + "/" + storedName);
	}

	private static String displayName(@Nullable String fileName) {
		if (fileName == null) {
			return "";
		}
		String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
		return name.length() > 100 ? name.substring(0, 100) + "…" : name;
	}

	/** @param relativePath the path under the storage directory, as the database keeps it */
	public record Stored(String relativePath, boolean created) {
	}

	/** The image formats browsers show everywhere, told apart by their signature bytes. */
	public enum ImageType {

		JPEG("jpg", "image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
		PNG("png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),
		WEBP("webp", "image/webp", new byte[] { 'R', 'I', 'F', 'F' });

		private final String extension;

		private final String mimeType;

		private final byte[] signature;

		ImageType(String extension, String mimeType, byte[] signature) {
			this.extension = extension;
			this.mimeType = mimeType;
			this.signature = signature;
		}

		public String extension() {
			return this.extension;
		}

		public String mimeType() {
			return this.mimeType;
		}

		static Optional<ImageType> of(byte[] content) {
			return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
		}

		/** The type of a stored cover by its file name's extension. */
		public static Optional<ImageType> ofStoredName(String storedName) {
			String extension = storedName.substring(storedName.lastIndexOf('.') + 1);
			return Arrays.stream(values()).filter(type -> type.extension.equals(extension)).findFirst();
		}

		private boolean matches(byte[] content) {
			if (content.length < this.signature.length
					|| !Arrays.equals(content, 0, this.signature.length, this.signature, 0, this.signature.length)) {
				return false;
			}
			return this != WEBP || (content.length >= 12 && content[8] == 'W' && content[9] == 'E'
					&& content[10] == 'B' && content[11] == 'P');
		}

	}

}
