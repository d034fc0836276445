package id.pelita.reporting.ui;

import java.util.function.Function;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.ui.SpreadsheetDownload;

/** The CSV and XLSX links of one report table; the file is made when a link is clicked. */
class ReportDownloads extends Div {

	final Anchor csv = new Anchor();

	final Anchor xlsx = new Anchor();

	ReportDownloads() {
		addClassName("report-downloads");
		this.csv.setText(getTranslation("orgreport.download.csv"));
		this.xlsx.setText(getTranslation("orgreport.download.xlsx"));
		add(this.csv, this.xlsx);
	}

	void point(String baseName, Function<SpreadsheetFormat, byte[]> content) {
		this.csv.setHref(SpreadsheetDownload.of(SpreadsheetFormat.CSV, baseName,
				() -> content.apply(SpreadsheetFormat.CSV)));
		this.xlsx.setHref(SpreadsheetDownload.of(SpreadsheetFormat.XLSX, baseName,
				() -> content.apply(SpreadsheetFormat.XLSX)));
	}

}
