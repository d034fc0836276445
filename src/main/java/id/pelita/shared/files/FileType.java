package id.pelita.shared.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The kinds of file Pelita accepts, told apart by their content (signature bytes and, for office documents, the
 * parts inside the package), never by the name a user gave the file.
 */
public enum FileType {

	PDF("pdf", "application/pdf"),
	JPEG("jpg", "image/jpeg"),
	PNG("png", "image/png"),
	WEBP("webp", "image/webp"),
	GIF("gif", "image/gif"),
	MP4("mp4", "video/mp4"),
	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
	ODT("odt", "application/vnd.oasis.opendocument.text"),
	ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),
	ODP("odp", "application/vnd.oasis.opendocument.presentation"),
	/** The legacy binary office formats (.doc, .xls, .ppt) share one container format. */
	OLE_OFFICE("doc", "application/msword");

	/** Bytes needed from the start of a file to recognise any type. */
	static final int HEADER_BYTES = 16;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private final String extension;

	private final String mimeType;

	FileType(String extension, String mimeType) {
		this.extension = extension;
		this.mimeType = mimeType;
	}

	public String extension() {
		return this.extension;
	}

	public String mimeType() {
		return this.mimeType;
	}

	/** Whether a browser may show it inline without risk (images, PDF in its viewer, video). */
	public boolean inlineSafe() {
		return this == PDF || this == JPEG || this == PNG || this == WEBP || this == GIF || this == MP4;
	}

	/** The type of a stored file by its extension. */
	public static Optional<FileType> ofExtension(String extension) {
		return Arrays.stream(values()).filter(type -> type.extension.equals(extension)).findFirst();
	}

	/**
	 * Recognises a file from its first bytes; for ZIP-based office documents the whole file is opened to look at
	 * the parts inside. Empty when the content is none of the types.
	 */
	static Optional<FileType> detect(byte[] header, Path file) throws IOException {
		if (startsWith(header, "%PDF-".getBytes())) {
			return Optional.of(PDF);
		}
		if (startsWith(header, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of(JPEG);
		}
		if (startsWith(header, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' })) {
			return Optional.of(PNG);
		}
		if (startsWith(header, "RIFF".getBytes()) && header.length >= 12 && header[8] == 'W' && header[9] == 'E'
				&& header[10] == 'B' && header[11] == 'P') {
			return Optional.of(WEBP);
		}
		if (startsWith(header, "GIF87a".getBytes()) || startsWith(header, "GIF89a".getBytes())) {
			return Optional.of(GIF);
		}
		if (header.length >= 12 && header[4] == 'f' && header[5] == 't' && header[6] == 'y' && header[7] == 'p') {
			return Optional.of(MP4);
		}
		if (startsWith(header, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
				0x1A, (byte) 0xE1 })) {
			return Optional.of(OLE_OFFICE);
		}
		if (startsWith(header, ZIP)) {
			return officePackage(file);
		}
		return Optional.empty();
	}

	private static Optional<FileType> officePackage(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry mimetype = zip.getEntry("mimetype");
			if (mimetype != null) {
				String declared = new String(zip.getInputStream(mimetype).readNBytes(100)).strip();
				return Arrays.stream(new FileType[] { ODT, ODS, ODP })
					.filter(type -> type.mimeType.equals(declared))
					.findFirst();
			}
			if (zip.getEntry("[Content_Types].xml") == null) {
				return Optional.empty();
			}
			if (zip.getEntry("word/document.xml") != null) {
				return Optional.of(DOCX);
			}
			if (zip.getEntry("xl/workbook.xml") != null) {
				return Optional.of(XLSX);
			}
			if (zip.getEntry("ppt/presentation.xml") != null) {
				return Optional.of(PPTX);
			}
			return Optional.empty();
		}
		catch (java.util.zip.ZipException ex) {
			return Optional.empty();
		}
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

}
