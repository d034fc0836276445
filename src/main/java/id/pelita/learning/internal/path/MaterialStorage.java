package id.pelita.learning.internal.path;

import java.io.InputStream;
import java.util.Set;

import id.pelita.shared.files.FileStore;
import id.pelita.shared.files.FileType;
import id.pelita.shared.files.StoredFile;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores the files modules hold (documents, MP4s, lesson images) in the file storage, checked by content and size;
 * a file this call created is removed again when the surrounding transaction does not commit, so a refused or
 * failed change leaves no orphan behind.
 */
@Component
public class MaterialStorage {

	private final FileStore files;

	MaterialStorage(FileStore files) {
		this.files = files;
	}

	public StoredFile store(String folder, InputStream content, String fileName, long maxBytes,
			Set<FileType> accepted) {
		StoredFile stored = this.files.store(folder, content, fileName, maxBytes, accepted);
		if (stored.created() && TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						MaterialStorage.this.files.delete(stored.relativePath());
					}
				}
			});
		}
		return stored;
	}

	/** The file's own name without folders, at most 200 characters. */
	public static String shortName(String fileName) {
		String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

}
