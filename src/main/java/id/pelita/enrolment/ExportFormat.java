package id.pelita.enrolment;

/** File formats of the participant list. */
public enum ExportFormat {

	/** UTF-8 with a byte order mark and {@code ;} between fields, as Excel with Indonesian settings opens it. */
	CSV("text/csv", "csv"),
	/** An Excel workbook. */
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String mediaType;

	private final String extension;

	ExportFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

}
