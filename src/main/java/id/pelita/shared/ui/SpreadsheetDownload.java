package id.pelita.shared.ui;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditActor;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import org.jspecify.annotations.Nullable;

/**
 * The download links of CSV and XLSX files on pages. Every download is a list of people leaving the system, so
 * each one is recorded in the audit log ({@link AuditAction#LIST_DOWNLOADED}: who, which file, from which page
 * with which filters) once its content has been made, before it is sent.
 */
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
			String fileName = format.fileName(baseName);
			event.setFileName(fileName);
			event.setContentType(format.mediaType());
			byte[] bytes = content.get();
			audit(event).recordOnItsOwn(entry(fileName, format, bytes.length, page(event.getUI())));
			try (OutputStream out = event.getOutputStream()) {
				out.write(bytes);
			}
		};
	}

	/** The audit entry of one download: the file, its format and size, and the page (with its filters). */
	static AuditEntry entry(String fileName, SpreadsheetFormat format, int bytes, @Nullable String page) {
		Map<String, @Nullable Object> facts = new LinkedHashMap<>();
		facts.put("format", format.name());
		facts.put("bytes", bytes);
		facts.put("page", page);
		return AuditEntry.listDownloaded(fileName, AuditActor.current().agencyId(), facts);
	}

	private static AuditLog audit(DownloadEvent event) {
		return event.getSession().getService().getInstantiator().getOrCreate(AuditLog.class);
	}

	private static @Nullable String page(@Nullable UI ui) {
		return ui == null ? null : ui.getInternals().getActiveViewLocation().getPathWithQueryParameters();
	}

}
