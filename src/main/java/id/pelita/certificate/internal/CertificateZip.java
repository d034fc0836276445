package id.pelita.certificate.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.files.FileStore;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Writes certificates as one ZIP, one stored file after the other (PDFs are already compressed, so they are stored,
 * not deflated): memory stays constant however many there are, and the download starts with the first file.
 */
@Component
public class CertificateZip {

	private final FileStore files;

	private final AuditLog audit;

	CertificateZip(FileStore files, AuditLog audit) {
		this.files = files;
		this.audit = audit;
	}

	/**
	 * Writes the rows' PDFs named by {@code fileName} (made unique with the id); the number of rows. Before the
	 * first byte the download is recorded in the audit log as the list of people it is ({@code zipName}, about
	 * {@code agencyId}, with the {@code facts} of what was asked and the number of certificates).
	 */
	public int write(String zipName, @Nullable Long agencyId, Map<String, ? extends @Nullable Object> facts,
			List<CertificateRow> rows, Function<CertificateRow, String> fileName, OutputStream out) {
		Map<String, @Nullable Object> all = new LinkedHashMap<>(facts);
		all.put("certificates", rows.size());
		this.audit.recordOnItsOwn(AuditEntry.listDownloaded(zipName, agencyId, all));
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.NO_COMPRESSION);
			Set<String> names = new HashSet<>();
			for (CertificateRow row : rows) {
				String name = fileName.apply(row);
				if (!names.add(name)) {
					name = name.replace(".pdf", "-" + row.id() + ".pdf");
				}
				String path = row.pdfPath();
				Optional<InputStream> content = path == null ? Optional.empty() : this.files.open(path);
				if (content.isEmpty()) {
					continue;
				}
				zip.putNextEntry(new ZipEntry(name));
				try (InputStream in = content.get()) {
					in.transferTo(zip);
				}
				zip.closeEntry();
				zip.flush();
			}
			zip.finish();
			return rows.size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
