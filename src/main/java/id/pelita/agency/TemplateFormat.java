package id.pelita.agency;

/** The formats a roster file can be downloaded as a template and imported in. */
public enum TemplateFormat {

	CSV("template-pegawai.csv", "text/csv"),
	XLSX("template-pegawai.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String fileName;

	private final String contentType;

	TemplateFormat(String fileName, String contentType) {
		this.fileName = fileName;
		this.contentType = contentType;
	}

	public String fileName() {
		return this.fileName;
	}

	public String contentType() {
		return this.contentType;
	}

}
