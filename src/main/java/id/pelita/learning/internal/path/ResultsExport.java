package id.pelita.learning.internal.path;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import id.pelita.learning.Lack;
import id.pelita.learning.PathModule;
import id.pelita.learning.ProgressMatrix;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.SpreadsheetWriter;
import id.pelita.shared.i18n.Translations;

import org.springframework.stereotype.Component;

/**
 * The progress matrix as a file: a line per participant with NIP and name, a column per module (its state, or the
 * score of a quiz), attendance, completion and what is still lacking; headers and states in the reader's language.
 */
@Component
public class ResultsExport {

	private final Translations translations;

	ResultsExport(Translations translations) {
		this.translations = translations;
	}

	public void write(ProgressMatrix matrix, SpreadsheetFormat format, Locale locale, OutputStream out) {
		List<String> headers = new ArrayList<>(List.of(text("learning.export.number", locale),
				text("learning.export.nip", locale), text("learning.export.name", locale)));
		matrix.modules().forEach(module -> headers.add(module.position() + ". " + module.title()));
		headers.add(text("learning.export.attendance", locale));
		headers.add(text("learning.export.completed", locale));
		headers.add(text("learning.export.lacking", locale));
		List<List<Object>> lines = new ArrayList<>();
		int number = 1;
		for (ProgressMatrix.Row row : matrix.rows()) {
			List<Object> line = new ArrayList<>();
			line.add(number++);
			line.add(row.nip() == null ? "" : row.nip());
			line.add(row.fullName());
			for (PathModule module : matrix.modules()) {
				ProgressMatrix.Cell cell = row.cell(module.id());
				line.add(cell.score() != null ? cell.score() : text(cell.state().labelKey(), locale));
			}
			line.add(row.attendancePercent());
			line.add(text(row.completed() ? "learning.export.yes" : "learning.export.no", locale));
			line.add(row.lacking().stream().map(lack -> lack(lack, locale)).collect(Collectors.joining("; ")));
			lines.add(line);
		}
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(format, out, locale)) {
			writer.sheet(matrix.courseTitle() + " " + matrix.runName(), headers);
			lines.forEach(writer::row);
		}
	}

	/** One lacking clause as a sentence: "Modul wajib: Pelajaran 2", "Kehadiran 40 % dari 80 %". */
	public String lack(Lack lack, Locale locale) {
		return text(lack.kind().labelKey(), locale, lack.moduleTitle() == null ? "" : lack.moduleTitle(),
				lack.have() == null ? "-" : lack.have().stripTrailingZeros().toPlainString(),
				lack.need() == null ? "-" : lack.need().stripTrailingZeros().toPlainString());
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.translations.translate(key, locale, arguments);
	}

}
