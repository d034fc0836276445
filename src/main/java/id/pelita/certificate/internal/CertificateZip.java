package id.pelita.certificate.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.pelita.shared.files.FileStore;

import org.springframework.stereotype.Component;

/**
 * Writes certificates as one ZIP, one stored file after the other (PDFs are already compressed, so they are stored,
 * not deflated): memory stays constant however many there are, and the download starts with the first file.
 */
@Component
public class CertificateZip {

	private final FileStore files;

	CertificateZip(FileStore files) {
		this.files = files;
	}

	/** Writes the rows' PDFs named by {@code fileName} (made unique with the id); the number of rows. */
	public int write(List<CertificateRow> rows, Function<CertificateRow, String> fileName, OutputStream out) {
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
