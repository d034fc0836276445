package id.pelita.agency.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import id.pelita.agency.internal.RosterFile.Column;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Empty roster files to fill in: a CSV (semicolon-separated, UTF-8 with a byte-order mark, as Excel in an
 * Indonesian locale opens it) and an XLSX whose NIP column is text (a NIP typed as a number loses its last
 * digits) with a second sheet listing the coordinator's unit codes.
 */
public final class RosterTemplates {

	private static final int TEXT_ROWS = 5000;

	private RosterTemplates() {
	}

	public static byte[] csv() {
		String header = Arrays.stream(Column.values()).map(Column::header).collect(Collectors.joining(";"));
		byte[] text = (header + "\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		return withBom;
	}

	/** The workbook; {@code units} are code and name pairs of the units the coordinator may use. */
	public static byte[] xlsx(List<String[]> units) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Pelita LMS", "1.0");
			Worksheet employees = workbook.newWorksheet("Pegawai");
			Column[] columns = Column.values();
			for (int c = 0; c < columns.length; c++) {
				employees.value(0, c, columns[c].header());
				employees.style(0, c).bold().fillColor("DDEBF7").set();
				employees.width(c, c == 1 || c == 3 ? 36 : 22);
			}
			employees.range(1, 0, TEXT_ROWS, 0).style().format("@").set();
			employees.range(1, 6, TEXT_ROWS, 6).style().format("@").set();
			employees.freezePane(0, 1);
			Worksheet unitSheet = workbook.newWorksheet("Unit");
			unitSheet.value(0, 0, "Kode");
			unitSheet.value(0, 1, "Nama unit");
			unitSheet.style(0, 0).bold().set();
			unitSheet.style(0, 1).bold().set();
			unitSheet.width(0, 16);
			unitSheet.width(1, 60);
			for (int r = 0; r < units.size(); r++) {
				unitSheet.value(r + 1, 0, units.get(r)[0]);
				unitSheet.value(r + 1, 1, units.get(r)[1]);
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
