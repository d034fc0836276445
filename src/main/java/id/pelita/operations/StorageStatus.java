package id.pelita.operations;

import org.jspecify.annotations.Nullable;

/** The storage directory (certificates, materials): where, free and total space, or why it cannot be used. */
public record StorageStatus(String directory, long usableBytes, long totalBytes, boolean writable,
		@Nullable String error) {
}
