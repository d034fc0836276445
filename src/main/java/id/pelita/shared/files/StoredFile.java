package id.pelita.shared.files;

/**
 * A file in the storage directory.
 *
 * @param relativePath where it lies under the storage directory ({@code <folder>/<sha256>.<ext>}), as the
 * database keeps it
 * @param sha256 the content's SHA-256 in lower-case hex
 * @param size bytes
 * @param type the type recognised from the content
 * @param created false when the same content was stored already (nothing was written)
 */
public record StoredFile(String relativePath, String sha256, long size, FileType type, boolean created) {
}
