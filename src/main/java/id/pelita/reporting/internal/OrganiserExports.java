package id.pelita.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.pelita.learning.RatingSummary;
import id.pelita.learning.SurveyReport;
import id.pelita.reporting.AgencyParticipation;
import id.pelita.reporting.FunnelStage;
import id.pelita.reporting.RunFunnel;
import id.pelita.reporting.RunMonthRow;
import id.pelita.reporting.RunReport;
import id.pelita.reporting.RunReport.ScoreBands;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.SpreadsheetWriter;
import id.pelita.shared.i18n.Translations;

import org.springframework.stereotype.Component;

/** The organiser report tables as CSV or XLSX files, headed in the reader's language, the figures as the pages show them. */
@Component
public class OrganiserExports {

	private final Translations translations;

	OrganiserExports(Translations translations) {
		this.translations = translations;
	}

	public byte[] write(RunReport report, RunReport.Table table, SpreadsheetFormat format, Locale locale) {
		return switch (table) {
			case FUNNEL -> funnel(report.funnel(), format, locale);
			case SCORES -> scores(report, format, locale);
			case EVALUATION -> evaluation(report, format, locale);
		};
	}

	private byte[] funnel(RunFunnel funnel, SpreadsheetFormat format, Locale locale) {
		return file(format, locale, "orgreport.funnel.heading", List.of("orgreport.funnel.stage", "orgreport.funnel.people",
				"orgreport.funnel.percent"), writer -> {
					for (FunnelStage stage : FunnelStage.values()) {
						long count = stage.count(funnel);
						writer.row(t(stage.labelKey(), locale), count, funnel.percentOfNominated(count));
					}
				});
	}

	private byte[] scores(RunReport report, SpreadsheetFormat format, Locale locale) {
		return file(format, locale, "orgreport.scores.heading", List.of("orgreport.scores.band", "orgreport.scores.pre",
				"orgreport.scores.post"), writer -> {
					for (int band = 0; band < ScoreBands.BANDS; band++) {
						writer.row(ScoreBands.label(band), report.pre().counts().get(band),
								report.post().counts().get(band));
					}
					writer.row(t("orgreport.scores.average", locale), report.averagePre(), report.averagePost());
					writer.row(t("orgreport.scores.averageGain", locale), report.averageGain(), null);
				});
	}

	private byte[] evaluation(RunReport report, SpreadsheetFormat format, Locale locale) {
		return file(format, locale, "orgreport.evaluation.heading", List.of("orgreport.evaluation.survey",
				"orgreport.evaluation.section", "orgreport.evaluation.instructor", "orgreport.evaluation.item",
				"orgreport.evaluation.ratings", "orgreport.evaluation.mean", "orgreport.evaluation.r1", "orgreport.evaluation.r2",
				"orgreport.evaluation.r3", "orgreport.evaluation.r4", "orgreport.evaluation.r5"), writer -> {
					for (SurveyReport survey : report.surveys()) {
						for (SurveyReport.ItemResult item : survey.allRated()) {
							RatingSummary summary = item.summary();
							List<Object> row = new ArrayList<>(List.of(survey.title(),
									t(item.item().section().labelKey(), locale)));
							row.add(item.instructor());
							row.add(item.item().text());
							row.add(summary.count());
							row.add(summary.mean());
							for (int rating = 1; rating <= 5; rating++) {
								row.add(summary.countOf(rating));
							}
							writer.row(row);
						}
					}
				});
	}

	public byte[] month(List<RunMonthRow> rows, SpreadsheetFormat format, Locale locale) {
		return file(format, locale, "orgreport.month.heading", List.of("orgreport.month.course", "orgreport.month.run",
				"orgreport.month.startsOn", "orgreport.month.endsOn", "orgreport.month.seats", "orgreport.month.confirmed",
				"orgreport.month.fillRate", "orgreport.month.completed", "orgreport.month.completionRate",
				"orgreport.month.evaluation"), writer -> {
					for (RunMonthRow row : rows) {
						writer.row(row.courseTitle(), row.runName(), row.startsOn().toString(),
								row.endsOn().toString(), row.seats(), row.confirmed(), row.fillRate(),
								row.completed(), row.completionRate(), row.averageEvaluation());
					}
				});
	}

	public byte[] agencies(List<AgencyParticipation> rows, SpreadsheetFormat format, Locale locale) {
		return file(format, locale, "orgreport.agencies.heading", List.of("orgreport.agencies.code",
				"orgreport.agencies.agency", "orgreport.agencies.nominated", "orgreport.agencies.confirmed",
				"orgreport.agencies.completed", "orgreport.agencies.completionRate", "orgreport.agencies.certified",
				"orgreport.agencies.jp"), writer -> {
					for (AgencyParticipation row : rows) {
						writer.row(row.agencyCode(), row.agencyName(), row.nominated(), row.confirmed(),
								row.completed(), row.completionRate(), row.certified(), row.jp());
					}
				});
	}

	private byte[] file(SpreadsheetFormat format, Locale locale, String sheetKey, List<String> headerKeys,
			java.util.function.Consumer<SpreadsheetWriter> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(format, out, locale)) {
			writer.sheet(t(sheetKey, locale), headerKeys.stream().map(key -> t(key, locale)).toList());
			rows.accept(writer);
		}
		return out.toByteArray();
	}

	private String t(String key, Locale locale) {
		return this.translations.translate(key, locale);
	}

}
