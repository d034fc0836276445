package id.pelita.learning.internal.survey;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.pelita.learning.RatingSummary;
import id.pelita.learning.SurveyReport;
import id.pelita.learning.SurveyReport.ItemResult;
import id.pelita.learning.SurveyReport.TextResult;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.SpreadsheetWriter;
import id.pelita.shared.SpreadsheetWriter.Column;
import id.pelita.shared.i18n.Translations;

import org.springframework.stereotype.Component;

/**
 * A survey report as a table: a line per rated item (per instructor for their items) with the number of ratings,
 * the mean and the five counts, then a line per free-text answer. Headers and section names in the reader's
 * language; no names of respondents, since the report has none.
 */
@Component
public class SurveyExport {

	private static final List<String> HEADERS = List.of("survey.export.section", "survey.export.instructor",
			"survey.export.item", "survey.export.ratings", "survey.export.mean", "survey.export.rating1",
			"survey.export.rating2", "survey.export.rating3", "survey.export.rating4", "survey.export.rating5",
			"survey.export.answer");

	private final Translations translations;

	SurveyExport(Translations translations) {
		this.translations = translations;
	}

	public byte[] write(SurveyReport report, SpreadsheetFormat format, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (ItemResult result : report.allRated()) {
			RatingSummary summary = result.summary();
			List<Object> row = new ArrayList<>();
			row.add(this.translations.translate(result.item().section().labelKey(), locale));
			row.add(result.instructor() == null ? "" : result.instructor());
			row.add(result.item().text());
			row.add(summary.count());
			row.add(summary.mean());
			for (int rating = 1; rating <= 5; rating++) {
				row.add(summary.countOf(rating));
			}
			row.add("");
			rows.add(row);
		}
		for (TextResult text : report.texts()) {
			for (String answer : text.answers()) {
				List<Object> row = new ArrayList<>();
				row.add(this.translations.translate(text.item().section().labelKey(), locale));
				row.add("");
				row.add(text.item().text());
				for (int blank = 0; blank < 7; blank++) {
					row.add(null);
				}
				row.add(answer);
				rows.add(row);
			}
		}
		List<Column> columns = new ArrayList<>();
		for (String key : HEADERS) {
			String header = this.translations.translate(key, locale);
			columns.add(switch (key) {
				case "survey.export.section", "survey.export.instructor" -> Column.of(header, 22);
				case "survey.export.item", "survey.export.answer" -> Column.of(header, 50);
				default -> Column.of(header);
			});
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(format, out, locale)) {
			writer.sheet(report.courseTitle() + " " + report.runName(), columns, 0);
			rows.forEach(writer::row);
		}
		return out.toByteArray();
	}

}
