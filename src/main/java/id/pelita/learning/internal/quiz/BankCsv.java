package id.pelita.learning.internal.quiz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.pelita.learning.BankQuestion;
import id.pelita.learning.BankQuestion.BankOption;
import id.pelita.learning.ImportPreview;
import id.pelita.learning.ImportPreview.Problem;
import id.pelita.learning.QuestionDraft;
import id.pelita.learning.QuestionKind;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.SpreadsheetWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The question bank as a CSV file, one question a row, with the columns {@code kategori; jenis; pertanyaan;
 * poin; kredit_parsial; jawaban; toleransi; opsi_1 ... opsi_8}. {@code jenis}: PG (single choice), PGK (multiple
 * choice), BS (true/false), ISIAN (short answer), ANGKA (numeric). {@code jawaban}: the number of the right
 * option (PG), the numbers of the right options separated by commas (PGK), B/S (BS), the accepted answers
 * separated by {@code |} (ISIAN), the number (ANGKA). Read with a semicolon, comma or tab separator, UTF-8 with or
 * without byte order mark; written as the shared spreadsheet writer writes CSV.
 */
final class BankCsv {

	static final List<String> HEADERS = List.of("kategori", "jenis", "pertanyaan", "poin", "kredit_parsial",
			"jawaban", "toleransi", "opsi_1", "opsi_2", "opsi_3", "opsi_4", "opsi_5", "opsi_6", "opsi_7", "opsi_8");

	static final int MAX_ROWS = 5_000;

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final Map<String, QuestionKind> KINDS = Map.of("PG", QuestionKind.SINGLE_CHOICE, "PGK",
			QuestionKind.MULTIPLE_CHOICE, "BS", QuestionKind.TRUE_FALSE, "ISIAN", QuestionKind.SHORT_ANSWER, "ANGKA",
			QuestionKind.NUMERIC);

	private BankCsv() {
	}

	/** Reads every row; rows with problems are reported (all their reasons) and not among the questions. */
	static ImportPreview read(byte[] content) {
		if (content.length == 0) {
			return new ImportPreview(List.of(), List.of(QuestionRules.problem(0, "quiz.import.error.empty")), List.of());
		}
		List<CSVRecord> records;
		try {
			String text = decode(content);
			CSVFormat format = CSVFormat.DEFAULT.builder()
				.setDelimiter(delimiter(text))
				.setIgnoreSurroundingSpaces(true)
				.setIgnoreEmptyLines(true)
				.get();
			try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
				records = parser.getRecords();
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			return new ImportPreview(List.of(), List.of(QuestionRules.problem(0, "quiz.import.error.unreadable")),
					List.of());
		}
		if (records.isEmpty()) {
			return new ImportPreview(List.of(), List.of(QuestionRules.problem(0, "quiz.import.error.empty")), List.of());
		}
		Map<String, Integer> columns = new HashMap<>();
		String[] header = records.getFirst().values();
		for (int i = 0; i < header.length; i++) {
			columns.put(header[i].strip().toLowerCase(Locale.ROOT).replace(" ", "_"), i);
		}
		List<String> missing = List.of("jenis", "pertanyaan", "jawaban")
			.stream()
			.filter(name -> !columns.containsKey(name))
			.toList();
		if (!missing.isEmpty()) {
			return new ImportPreview(List.of(),
					List.of(QuestionRules.problem(1, "quiz.import.error.columns", String.join(", ", missing))), List.of());
		}
		if (records.size() - 1 > MAX_ROWS) {
			return new ImportPreview(List.of(), List.of(QuestionRules.problem(0, "quiz.import.error.tooManyRows", MAX_ROWS)),
					List.of());
		}
		List<QuestionDraft> drafts = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (CSVRecord record : records.subList(1, records.size())) {
			int line = (int) record.getRecordNumber();
			Row row = new Row(record.values(), columns);
			if (row.blank()) {
				continue;
			}
			List<Problem> mine = new ArrayList<>();
			Optional<QuestionDraft> draft = draft(line, row, mine);
			draft.ifPresent(d -> mine.addAll(QuestionRules.check(line, d)));
			if (mine.isEmpty() && draft.isPresent()) {
				drafts.add(draft.get());
			}
			problems.addAll(mine);
		}
		if (drafts.isEmpty() && problems.isEmpty()) {
			problems.add(QuestionRules.problem(0, "quiz.import.error.empty"));
		}
		return new ImportPreview(drafts, problems, List.of());
	}

	private static Optional<QuestionDraft> draft(int line, Row row, List<Problem> problems) {
		String kindText = row.get("jenis").toUpperCase(Locale.ROOT);
		QuestionKind kind = KINDS.get(kindText);
		if (kind == null) {
			kind = Arrays.stream(QuestionKind.values()).filter(k -> k.name().equals(kindText)).findFirst().orElse(null);
		}
		if (kind == null) {
			problems.add(QuestionRules.problem(line, "quiz.import.error.kind", row.get("jenis")));
			return Optional.empty();
		}
		BigDecimal points = BigDecimal.ONE;
		if (!row.get("poin").isEmpty()) {
			Optional<BigDecimal> parsed = Scoring.number(row.get("poin"));
			if (parsed.isEmpty()) {
				problems.add(QuestionRules.problem(line, "quiz.error.points"));
				return Optional.empty();
			}
			points = parsed.get();
		}
		boolean partial = Set.of("ya", "y", "yes", "true", "1").contains(row.get("kredit_parsial").toLowerCase(Locale.ROOT));
		String answer = row.get("jawaban");
		List<String> optionTexts = row.options();
		List<QuestionDraft.Option> options = new ArrayList<>();
		Boolean trueAnswer = null;
		List<String> accepted = List.of();
		BigDecimal number = null;
		BigDecimal tolerance = null;
		switch (kind) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				Set<Integer> right;
				try {
					right = Arrays.stream(answer.split("[,|]"))
						.map(String::strip)
						.filter(s -> !s.isEmpty())
						.map(Integer::valueOf)
						.collect(Collectors.toSet());
				}
				catch (NumberFormatException ex) {
					problems.add(QuestionRules.problem(line, "quiz.import.error.optionNumber", answer));
					return Optional.empty();
				}
				for (int n : right) {
					if (n < 1 || n > optionTexts.size()) {
						problems.add(QuestionRules.problem(line, "quiz.import.error.optionNumber", n));
						return Optional.empty();
					}
				}
				for (int i = 0; i < optionTexts.size(); i++) {
					options.add(new QuestionDraft.Option(optionTexts.get(i), right.contains(i + 1)));
				}
			}
			case TRUE_FALSE -> {
				String value = answer.toLowerCase(Locale.ROOT);
				if (Set.of("b", "benar", "true", "t", "ya").contains(value)) {
					trueAnswer = true;
				}
				else if (Set.of("s", "salah", "false", "f", "tidak").contains(value)) {
					trueAnswer = false;
				}
			}
			case SHORT_ANSWER -> accepted = Arrays.stream(answer.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
			case NUMERIC -> {
				if (!answer.isEmpty()) {
					number = Scoring.number(answer).orElse(null);
					if (number == null) {
						problems.add(QuestionRules.problem(line, "quiz.import.error.number", answer));
						return Optional.empty();
					}
				}
				if (!row.get("toleransi").isEmpty()) {
					tolerance = Scoring.number(row.get("toleransi")).orElse(null);
					if (tolerance == null) {
						problems.add(QuestionRules.problem(line, "quiz.error.tolerance"));
						return Optional.empty();
					}
				}
			}
		}
		String category = row.get("kategori");
		return Optional.of(new QuestionDraft(kind, category.isEmpty() ? null : category, row.get("pertanyaan"), points,
				partial, options, trueAnswer, accepted, number, tolerance));
	}

	/** The questions as a CSV file that {@link #read} takes back. */
	static byte[] write(List<BankQuestion> questions, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(SpreadsheetFormat.CSV, out, locale)) {
			writer.sheet("soal", HEADERS);
			for (BankQuestion question : questions) {
				writer.row(row(question));
			}
		}
		return out.toByteArray();
	}

	/** The empty template with one example row per kind. */
	static byte[] template(Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(SpreadsheetFormat.CSV, out, locale)) {
			writer.sheet("soal", HEADERS);
			writer.row("Tata Naskah", "PG", "Naskah dinas yang berisi perintah disebut ...", "1", "", "2",
					"", "Nota dinas", "Surat perintah", "Memo", "Undangan");
			writer.row("Tata Naskah", "PGK", "Manakah yang termasuk naskah dinas arahan?", "2", "ya", "1,3", "",
					"Peraturan", "Surat undangan", "Instruksi", "Berita acara");
			writer.row("Umum", "BS", "Kop naskah dinas memuat lambang daerah.", "1", "", "B");
			writer.row("Umum", "ISIAN", "Singkatan dari Aparatur Sipil Negara adalah ...", "1", "", "ASN|A.S.N.");
			writer.row("Umum", "ANGKA", "Berapa JP pelatihan 3 hari x 6 JP?", "1", "", "18", "0");
		}
		return out.toByteArray();
	}

	private static List<Object> row(BankQuestion question) {
		List<Object> cells = new ArrayList<>();
		cells.add(question.category() == null ? "" : question.category());
		cells.add(code(question.kind()));
		cells.add(question.text());
		cells.add(question.points().stripTrailingZeros().toPlainString());
		cells.add(question.partialCredit() ? "ya" : "");
		cells.add(switch (question.kind()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				List<String> right = new ArrayList<>();
				for (int i = 0; i < question.options().size(); i++) {
					if (question.options().get(i).correct()) {
						right.add(String.valueOf(i + 1));
					}
				}
				yield String.join(",", right);
			}
			case TRUE_FALSE -> Boolean.TRUE.equals(question.trueAnswer()) ? "B" : "S";
			case SHORT_ANSWER -> String.join("|", question.acceptedAnswers());
			case NUMERIC -> question.numericAnswer() == null ? "" : question.numericAnswer().stripTrailingZeros().toPlainString();
		});
		cells.add(question.tolerance() == null ? "" : question.tolerance().stripTrailingZeros().toPlainString());
		question.options().stream().map(BankOption::text).forEach(cells::add);
		return cells;
	}

	private static String code(QuestionKind kind) {
		return KINDS.entrySet().stream().filter(e -> e.getValue() == kind).findFirst().orElseThrow().getKey();
	}

	private static String decode(byte[] content) {
		int offset = content.length >= 3 && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1]
				&& content[2] == UTF8_BOM[2] ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, offset, content.length - offset))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, offset, content.length - offset, Charset.forName("windows-1252"));
		}
	}

	private static char delimiter(String text) {
		String line = text.lines().filter(candidate -> !candidate.isBlank()).findFirst().orElse("");
		long semicolons = line.chars().filter(c -> c == ';').count();
		long commas = line.chars().filter(c -> c == ',').count();
		long tabs = line.chars().filter(c -> c == '\t').count();
		if (tabs > semicolons && tabs > commas) {
			return '\t';
		}
		return semicolons >= commas ? ';' : ',';
	}

	/** One data row read by column name; a leading {@code '} the writer put before formula characters is dropped. */
	private record Row(String[] cells, Map<String, Integer> columns) {

		String get(String name) {
			Integer index = this.columns.get(name);
			return index == null || index >= this.cells.length ? "" : clean(this.cells[index]);
		}

		List<String> options() {
			List<String> options = new ArrayList<>();
			for (int i = 1; i <= 20; i++) {
				Integer index = this.columns.get("opsi_" + i);
				if (index != null && index < this.cells.length && !clean(this.cells[index]).isEmpty()) {
					options.add(clean(this.cells[index]));
				}
			}
			return options;
		}

		boolean blank() {
			return Arrays.stream(this.cells).allMatch(cell -> cell == null || cell.isBlank());
		}

		private static String clean(String cell) {
			String value = cell.strip();
			if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
				return value.substring(1);
			}
			return value;
		}

	}

}
