package id.pelita.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.pelita.shared.SpreadsheetWriter.Column;
import id.pelita.shared.i18n.Translations;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The one writer of CSV and XLSX downloads: formulas stay text, numbers stay numbers. */
class SpreadsheetWriterTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://evil.example\",\"klik\")", "+1+cmd|' /C calc'!A0", "-2+3",
			"@SUM(A1:A9)", "\tx", "\r=1+1" })
	void textThatStartsAFormulaGetsAQuote(String text) {
		assertThat(SpreadsheetWriter.inert(text)).isEqualTo("'" + text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Siti Rahayu", "'quoted", " =spaced", "12,5", "Rp 1.000" })
	void otherTextStaysAsItIs(String text) {
		assertThat(SpreadsheetWriter.inert(text)).isEqualTo(text);
	}

	@Test
	void noExportWritesSpreadsheetsAroundTheSharedWriter() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("id.pelita");
		noClasses().that()
			.doNotHaveFullyQualifiedName(SpreadsheetWriter.class.getName())
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName(CSVPrinter.class.getName())
			.orShould()
			.dependOnClassesThat()
			.resideInAPackage("org.dhatim.fastexcel")
			.because("every CSV and XLSX download goes through SpreadsheetWriter, which keeps formulas inert")
			.check(classes);
	}

	@Test
	void csvQuotesFormulasAndKeepsNumbersInTheReadersLanguage() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(SpreadsheetFormat.CSV, out, Translations.INDONESIAN)) {
			writer.sheet("Data", List.of("=Nama", "Nilai", "Selisih"));
			writer.row("=HYPERLINK(\"http://evil.example\";\"klik\")", -3.5, -2);
			writer.row("Budi; S.Kom.", new BigDecimal("12.25"), null);
		}
		byte[] bytes = out.toByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<CSVRecord> records = csv(bytes);
		assertThat(records.get(0).values()).containsExactly("'=Nama", "Nilai", "Selisih");
		assertThat(records.get(1).values()).containsExactly("'=HYPERLINK(\"http://evil.example\";\"klik\")", "-3,5",
				"-2");
		assertThat(records.get(2).values()).containsExactly("Budi; S.Kom.", "12,25", "");
	}

	@Test
	void csvDecimalsInEnglishUseAPoint() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(SpreadsheetFormat.CSV, out, Translations.ENGLISH)) {
			writer.sheet("Data", List.of("Score")).row(87.5);
		}
		assertThat(csv(out.toByteArray()).get(1).get(0)).isEqualTo("87.5");
	}

	@Test
	void workbookKeepsFormulasAsTextAndNegativeNumbersAsNumbers() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(SpreadsheetFormat.XLSX, out, Translations.INDONESIAN)) {
			writer.sheet("'Angkatan [I]: Maret/2027'", List.of(Column.text("NIP", 22), Column.of("Nama", 32),
					Column.of("Selisih")), 0);
			writer.row("198503122010011003", "@cmd", -3.5);
			writer.row("199001012015032002", "-Budi", null);
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
				new ReadingOptions(true, false))) {
			assertThat(workbook.getFirstSheet().getName()).isEqualTo("Angkatan  I   Maret 2027");
			List<Row> rows = workbook.getFirstSheet().read();
			Cell name = rows.get(1).getCell(1);
			assertThat(name.getType()).isEqualTo(CellType.STRING);
			assertThat(name.getFormula()).isNull();
			assertThat(name.asString()).isEqualTo("'@cmd");
			assertThat(rows.get(2).getCell(1).asString()).isEqualTo("'-Budi");
			Cell difference = rows.get(1).getCell(2);
			assertThat(difference.getType()).isEqualTo(CellType.NUMBER);
			assertThat(difference.asNumber()).isEqualByComparingTo("-3.5");
			Cell nip = rows.get(1).getCell(0);
			assertThat(nip.getType()).isEqualTo(CellType.STRING);
			assertThat(nip.asString()).isEqualTo("198503122010011003");
		}
		assertThat(textCells(out.toByteArray())).containsExactly("A2", "A3");
	}

	@Test
	void aWorkbookMayHaveSeveralSheetsAndTextColumnsReadyForTyping() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(SpreadsheetFormat.XLSX, out, Translations.INDONESIAN)) {
			writer.sheet("Pegawai", List.of(Column.text("NIP", 22), Column.of("Nama")), 10);
			writer.sheet("Unit", List.of("Kode", "Nama unit")).row("36.04", "=Dinas");
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
				new ReadingOptions(true, false))) {
			List<String> names = new ArrayList<>();
			workbook.getSheets().forEach(sheet -> names.add(sheet.getName()));
			assertThat(names).containsExactly("Pegawai", "Unit");
			List<Row> employees = workbook.getSheet(0).orElseThrow().read();
			assertThat(employees.getLast().getRowNum()).isEqualTo(11);
			assertThat(workbook.getSheet(1).orElseThrow().read().get(1).getCell(1).asString()).isEqualTo("'=Dinas");
		}
		assertThat(textCells(out.toByteArray())).hasSize(10).allMatch(cell -> cell.startsWith("A"));
	}

	/** The cells of the first sheet whose style formats them as text ({@code @}). */
	private static List<String> textCells(byte[] xlsx) throws IOException {
		Map<String, String> entries = new HashMap<>();
		Path file = Files.createTempFile("export", ".xlsx");
		Files.write(file, xlsx);
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				entries.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		finally {
			Files.delete(file);
		}
		Matcher format = Pattern.compile("numFmtId=\"(\\d+)\" formatCode=\"@\"").matcher(entries.get("xl/styles.xml"));
		assertThat(format.find()).isTrue();
		String cellXfs = entries.get("xl/styles.xml").replaceAll("(?s).*<cellXfs[^>]*>(.*)</cellXfs>.*", "$1");
		List<String> styles = new ArrayList<>();
		Matcher xf = Pattern.compile("<xf numFmtId=\"(\\d+)\"").matcher(cellXfs);
		while (xf.find()) {
			styles.add(xf.group(1));
		}
		List<String> cells = new ArrayList<>();
		Matcher cell = Pattern.compile("<c r=\"([A-Z]+\\d+)\" s=\"(\\d+)\"").matcher(entries.get("xl/worksheets/sheet1.xml"));
		while (cell.find()) {
			if (styles.get(Integer.parseInt(cell.group(2))).equals(format.group(1))) {
				cells.add(cell.group(1));
			}
		}
		return cells;
	}

	private static List<CSVRecord> csv(byte[] bytes) throws IOException {
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		try (CSVParser parser = CSVParser.parse(text, CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get())) {
			return parser.getRecords();
		}
	}

}
