package id.pelita.shared;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import id.pelita.shared.i18n.Translations;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetWriterTests {

	private static final List<String> HEADERS = List.of("NIP", "Nama", "Rata-rata", "Jumlah");

	private static final List<List<?>> ROWS = List.of(
			Arrays.asList("198503122010011003", "Siti; Rahma", new BigDecimal("4.33"), 3),
			Arrays.asList("198107222006041002", "Budi", null, 0));

	@Test
	void csvHasAByteOrderMarkSemicolonsAndDecimalsInTheReadersLanguage() {
		String indonesian = new String(SpreadsheetWriter.write(SpreadsheetFormat.CSV, "Hasil", HEADERS, ROWS,
				Translations.INDONESIAN), StandardCharsets.UTF_8);
		assertThat(indonesian.lines().toList()).containsExactly("\uFEFFNIP;Nama;Rata-rata;Jumlah",
				"198503122010011003;\"Siti; Rahma\";4,33;3", "198107222006041002;Budi;;0");
		String english = new String(SpreadsheetWriter.write(SpreadsheetFormat.CSV, "Hasil", HEADERS, ROWS,
				Translations.ENGLISH), StandardCharsets.UTF_8);
		assertThat(english).contains(";4.33;");
	}

	@Test
	void xlsxKeepsNipsAsTextAndNumbersAsNumbers() throws Exception {
		byte[] xlsx = SpreadsheetWriter.write(SpreadsheetFormat.XLSX, "Evaluasi: Angkatan [I]/2027 yang sangat panjang",
				HEADERS, ROWS, Translations.INDONESIAN);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getFirstSheet().getName()).isEqualTo("Evaluasi  Angkatan  I  2027 yan");
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(3);
			assertThat(rows.get(1).getCellText(0)).isEqualTo("198503122010011003");
			assertThat(rows.get(1).getCellAsNumber(2)).contains(new BigDecimal("4.33"));
			assertThat(rows.get(2).getCellAsNumber(3)).contains(BigDecimal.ZERO);
		}
	}

}
