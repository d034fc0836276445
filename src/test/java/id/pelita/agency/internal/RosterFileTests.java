package id.pelita.agency.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import id.pelita.shared.UserFacingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Roster files as Excel, LibreOffice and HR systems write them. */
class RosterFileTests {

	@Test
	void separatorIsDetectedOutsideQuotes() {
		assertThat(RosterFile.delimiter("NIP;Nama;\"Pangkat, Golongan\"\n")).isEqualTo(';');
		assertThat(RosterFile.delimiter("NIP,Nama,\"Pangkat; Golongan\"\n")).isEqualTo(',');
		assertThat(RosterFile.delimiter("\n\nNIP\tNama\tJabatan\n")).isEqualTo('\t');
		assertThat(RosterFile.delimiter("NIP\n")).isEqualTo(',');
	}

	@Test
	void headersAreFoundInAnyOrderAndInEitherLanguage() {
		List<RosterFile.Row> rows = read("Email,Full name,Phone,NIP,Rank/Grade,Position,Unit code\n"
				+ "a@example.go.id,Budi Santoso,0812,198503122010011003,Penata (III/c),Auditor,36.04.01\n");
		assertThat(rows).singleElement().isEqualTo(new RosterFile.Row(2, "198503122010011003", "Budi Santoso",
				"Penata (III/c)", "Auditor", "36.04.01", "a@example.go.id", "0812", false));
	}

	@Test
	void withoutAHeaderTheTemplateOrderIsAssumed() {
		List<RosterFile.Row> rows = read("198503122010011003,Budi Santoso,,,36.04.01\n");
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.line()).isEqualTo(1);
			assertThat(row.name()).isEqualTo("Budi Santoso");
			assertThat(row.unit()).isEqualTo("36.04.01");
			assertThat(row.email()).isEmpty();
		});
	}

	@Test
	void blankRowsAreSkippedButCountedAndAnApostropheBeforeTheNipIsDropped() {
		List<RosterFile.Row> rows = read("NIP;Nama\r\n;\r\n\r\n'198503122010011003;Budi\r\n");
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.line()).isEqualTo(4);
			assertThat(row.nip()).isEqualTo("198503122010011003");
		});
	}

	@Test
	void windows1252IsReadWhenTheFileIsNotUtf8() {
		byte[] content = "NIP;Nama\n198503122010011003;Andr\u00e9 Pa\u00f1a\n".getBytes(Charset.forName("windows-1252"));
		assertThat(RosterFile.read("x.csv", content, 10)).singleElement()
			.extracting(RosterFile.Row::name)
			.isEqualTo("Andr\u00e9 Pa\u00f1a");
	}

	@Test
	void aByteOrderMarkDoesNotHideTheFirstHeader() {
		byte[] text = "NIP,Nama\n198503122010011003,Budi\n".getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[text.length + 3];
		content[0] = (byte) 0xEF;
		content[1] = (byte) 0xBB;
		content[2] = (byte) 0xBF;
		System.arraycopy(text, 0, content, 3, text.length);
		assertThat(RosterFile.read("x.csv", content, 10)).singleElement()
			.extracting(RosterFile.Row::nip)
			.isEqualTo("198503122010011003");
	}

	@Test
	void filesThatAreNoRosterAreRefusedWithAReason() {
		assertRefused("roster.import.error.columns", "NIP,Kota\n1,Serang\n");
		assertRefused("roster.import.error.columns", "Kota,Provinsi\nSerang,Banten\n");
		assertRefused("roster.import.error.empty", "\n ; \n");
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> RosterFile.read("x.csv", "NIP,Nama\n1,a\n2,b\n3,c\n".getBytes(StandardCharsets.UTF_8), 2))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("roster.import.error.tooManyRows");
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> RosterFile.read("x.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0 }, 10))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("roster.import.error.unreadable");
	}

	private static List<RosterFile.Row> read(String text) {
		return RosterFile.read("x.csv", text.getBytes(StandardCharsets.UTF_8), 100);
	}

	private static void assertRefused(String messageKey, String text) {
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> read(text))
			.extracting(UserFacingException::messageKey)
			.isEqualTo(messageKey);
	}

}
