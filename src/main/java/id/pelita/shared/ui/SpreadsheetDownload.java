package id.pelita.shared.ui;

import java.io.OutputStream;
import java.util.function.Supplier;

import com.vaadin.flow.server.streams.DownloadHandler;
import id.pelita.shared.SpreadsheetFormat;

/** The download links of CSV and XLSX files on pages. */
public final class SpreadsheetDownload {

	private SpreadsheetDownload() {
	}

	/**
	 * A download of a CSV or XLSX file, made when the link is clicked.
	 * @param baseName the file name without extension
	 * @param content the file's bytes, read at download time (so the file shows what the page shows then)
	 */
	public static DownloadHandler of(SpreadsheetFormat format, String baseName, Supplier<byte[]> content) {
		return event -> {
			event.setFileName(format.fileName(baseName));
			event.setContentType(format.mediaType());
			try (OutputStream out = event.getOutputStream()) {
				out.write(content.get());
			}
		};
	}

}
