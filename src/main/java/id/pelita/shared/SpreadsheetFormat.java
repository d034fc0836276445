package id.pelita.shared;

/**
 * The table formats people download and upload: CSV (UTF-8 with a byte order mark and {@code ;} between fields,
 * as Excel with Indonesian settings opens it) and Excel workbooks (XLSX).
 */
public enum SpreadsheetFormat {

	CSV("text/csv", "csv"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String mediaType;

	private final String extension;

	SpreadsheetFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	/** The file name for a base name: {@code template-pegawai} becomes {@code template-pegawai.xlsx}. */
	public String fileName(String baseName) {
		return baseName + "." + this.extension;
	}

}
