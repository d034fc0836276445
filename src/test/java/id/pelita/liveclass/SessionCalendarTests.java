package id.pelita.liveclass;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import id.pelita.liveclass.SessionCalendar.Attendee;
import id.pelita.liveclass.internal.CalendarText;
import id.pelita.liveclass.SessionCalendar.Method;
import id.pelita.shared.PublicUrl;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.time.IndonesianTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.validate.ValidationResult;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** iCalendar texts of sessions, read back with ical4j's parser and validator and checked line by line. */
class SessionCalendarTests {

	private static final Instant NOW = Instant.parse("2026-11-20T02:15:30Z");

	private static final String LONG_TITLE = "Pelatihan Kepemimpinan Tingkat IV — Pengawas (Angkatan I) “Banten Ceria”";

	private final SessionCalendar calendar = calendarAt(NOW);

	private final Attendee siti = new Attendee("Siti Rahmawati, S.E.", "siti.rahmawati@serangkab.go.id");

	@Test
	void anInvitationIsAValidRequestWithEveryPropertyITipAsksFor() throws Exception {
		String text = this.calendar.invitation(session(42, 0, SessionStatus.SCHEDULED), this.siti, Method.REQUEST);
		Calendar parsed = parse(text);
		assertValid(parsed);
		String unfolded = unfold(text);
		assertThat(lines(unfolded)).contains("PRODID:-//Pelita LMS//Pelita//ID", "VERSION:2.0", "METHOD:REQUEST",
				"UID:session-42@lms.bantenprov.go.id", "DTSTAMP:20261120T021530Z",
				"DTSTART;TZID=Asia/Jakarta:20261203T090000", "DTEND;TZID=Asia/Jakarta:20261203T103000",
				"SUMMARY:Pembukaan dan Orientasi – Manajemen Arsip Dinamis", "SEQUENCE:0", "STATUS:CONFIRMED",
				"LOCATION:https://lms.bantenprov.go.id/sesi/42", "URL:https://lms.bantenprov.go.id/sesi/42",
				"ORGANIZER;CN=Pelita:mailto:no-reply@lms.bantenprov.go.id",
				"ATTENDEE;CN=\"Siti Rahmawati, S.E.\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
						+ "mailto:siti.rahmawati@serangkab.go.id");
		assertThat(lines(unfolded)).noneMatch(line -> line.startsWith("DURATION"));
		assertThat(unfolded).as("the room address stays in Pelita").doesNotContain("meet.jit.si");
		VEvent event = event(parsed);
		assertThat(event.getDescription().getValue()).contains("Dr. Siti Rahma")
			.contains("Manajemen Arsip Dinamis, Angkatan I - Desember 2026")
			.contains("https://lms.bantenprov.go.id/sesi/42");
		assertThat(instant(event.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2026-12-03T02:00:00Z"));
		assertThat(instant(event.getDateTimeEnd().getDate())).isEqualTo(Instant.parse("2026-12-03T03:30:00Z"));
	}

	@Test
	void aMoveAndACancellationKeepTheUidAndRaiseTheSequence() throws Exception {
		String invited = this.calendar.invitation(session(7, 0, SessionStatus.SCHEDULED), this.siti, Method.REQUEST);
		LiveSession moved = new LiveSession(7, 3, "Angkatan I - Desember 2026", "Manajemen Arsip Dinamis",
				"Pembukaan dan Orientasi", Instant.parse("2026-12-04T06:30:00Z"), 120, IndonesianTime.WIB,
				"JITSI", 1L, "Dr. Siti Rahma", null, SessionStatus.SCHEDULED, null, 1, MeetingState.READY,
				null, null, "https://meet.jit.si/pelita-x");
		String update = calendarAt(NOW.plusSeconds(3600)).invitation(moved, this.siti, Method.REQUEST);
		LiveSession cancelled = new LiveSession(7, 3, "Angkatan I - Desember 2026", "Manajemen Arsip Dinamis",
				"Pembukaan dan Orientasi", moved.startsAt(), 120, IndonesianTime.WIB, "JITSI", 1L, null, null,
				SessionStatus.CANCELLED, "Narasumber berhalangan", 2, MeetingState.READY, null, null, null);
		assertThat(Method.of(cancelled)).isEqualTo(Method.CANCEL);
		String cancel = calendarAt(NOW.plusSeconds(7200)).invitation(cancelled, this.siti, Method.CANCEL);

		List<VEvent> versions = List.of(event(parse(invited)), event(parse(update)), event(parse(cancel)));
		assertValid(parse(update));
		assertValid(parse(cancel));
		assertThat(versions).extracting(event -> event.getUid().orElseThrow().getValue())
			.containsOnly("session-7@lms.bantenprov.go.id");
		assertThat(versions).extracting(event -> event.getSequence().getSequenceNo())
			.containsExactly(0, 1, 2);
		assertThat(versions).extracting(event -> event.getDateTimeStamp().getDate())
			.containsExactly(NOW, NOW.plusSeconds(3600), NOW.plusSeconds(7200));
		assertThat(lines(unfold(update))).contains("DTSTART;TZID=Asia/Jakarta:20261204T133000",
				"DTEND;TZID=Asia/Jakarta:20261204T153000");
		assertThat(lines(unfold(cancel))).contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:2",
				"ORGANIZER;CN=Pelita:mailto:no-reply@lms.bantenprov.go.id");
		assertThat(lines(unfold(cancel))).anyMatch(line -> line.startsWith("ATTENDEE;")
				&& line.endsWith(":mailto:siti.rahmawati@serangkab.go.id"));
		assertThat(event(parse(cancel)).getDescription().getValue())
			.startsWith("Sesi ini dibatalkan: Narasumber berhalangan");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.calendar.invitation(cancelled, this.siti, Method.REQUEST));
	}

	@Test
	void everyZoneUsedHasItsOwnTimeZoneDefinition() throws Exception {
		List<LiveSession> sessions = List.of(session(1, IndonesianTime.WIB, "2026-12-01T09:00"),
				session(2, IndonesianTime.WITA, "2026-12-02T09:00"), session(3, IndonesianTime.WIT, "2026-12-03T09:00"),
				session(4, IndonesianTime.WIB, "2026-12-04T13:00"));
		String text = this.calendar.feed(sessions, "Sesi saya", Translations.INDONESIAN);
		Calendar parsed = parse(text);
		assertValid(parsed);
		List<VTimeZone> zones = parsed.getComponents("VTIMEZONE");
		assertThat(zones).extracting(zone -> zone.getTimeZoneId().getValue())
			.containsExactly("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");
		assertThat(zones).extracting(zone -> zone.getObservances().getFirst().getName()).containsOnly("STANDARD");
		assertThat(zones).extracting(zone -> zone.getObservances().getFirst().getRequiredProperty("TZNAME").getValue())
			.containsExactly("WIB", "WITA", "WIT");
		assertThat(zones).extracting(zone -> zone.getObservances().getFirst().getRequiredProperty("TZOFFSETTO").getValue())
			.containsExactly("+0700", "+0800", "+0900");
		assertThat(lines(unfold(text))).contains("DTSTART;TZID=Asia/Jakarta:20261201T090000",
				"DTSTART;TZID=Asia/Makassar:20261202T090000", "DTSTART;TZID=Asia/Jayapura:20261203T090000",
				"DTSTART;TZID=Asia/Jakarta:20261204T130000");
		List<VEvent> events = parsed.getComponents("VEVENT");
		assertThat(events).extracting(event -> instant(event.getDateTimeStart().getDate()))
			.containsExactly(Instant.parse("2026-12-01T02:00:00Z"), Instant.parse("2026-12-02T01:00:00Z"),
					Instant.parse("2026-12-03T00:00:00Z"), Instant.parse("2026-12-04T06:00:00Z"));
		assertThat(text.indexOf("BEGIN:VTIMEZONE")).as("zones come before the events using them")
			.isLessThan(text.indexOf("BEGIN:VEVENT"));
	}

	@Test
	void aLongIndonesianTitleIsFoldedAt75OctetsWithoutSplittingACharacter() throws Exception {
		LiveSession session = new LiveSession(9, 3, "Angkatan I - Desember 2026", "Kepemimpinan Pengawas", LONG_TITLE,
				Instant.parse("2026-12-03T02:00:00Z"), 90, IndonesianTime.WIB, "JITSI", 1L,
				"Prof. Dr. Ir. H. Ahmad Syarifuddin, M.Si. — Widyaiswara Ahli Utama", null, SessionStatus.SCHEDULED, null,
				0, MeetingState.READY, null, null, null);
		String text = this.calendar.invitation(session, this.siti, Method.REQUEST);
		String[] physical = text.split("\r\n", -1);
		assertThat(physical[physical.length - 1]).as("the text ends with CRLF").isEmpty();
		for (String line : Arrays.copyOf(physical, physical.length - 1)) {
			byte[] octets = line.getBytes(StandardCharsets.UTF_8);
			assertThat(octets.length).as(line).isLessThanOrEqualTo(75);
			assertThat(decodesStrictly(octets)).as("a whole UTF-8 text: " + line).isTrue();
		}
		assertThat(physical).as("the summary line was long enough to fold")
			.anySatisfy(line -> assertThat(line).startsWith("SUMMARY:"))
			.anySatisfy(line -> assertThat(line).startsWith(" "));
		assertThat(lines(unfold(text))).contains("SUMMARY:" + LONG_TITLE + " – Kepemimpinan Pengawas");
		assertThat(event(parse(text)).getSummary().getValue()).isEqualTo(LONG_TITLE + " – Kepemimpinan Pengawas");
		assertValid(parse(text));
	}

	@Test
	void foldingCountsOctetsAndNeverSplitsAMultiByteCharacter() {
		String line = "SUMMARY:" + "é".repeat(40) + "“" + "𝄞".repeat(10);
		String folded = CalendarText.fold(line + "\r\n");
		for (String physical : folded.split("\r\n")) {
			assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			assertThat(decodesStrictly(physical.getBytes(StandardCharsets.UTF_8))).isTrue();
		}
		assertThat(folded.split("\r\n")[0].getBytes(StandardCharsets.UTF_8)).hasSize(74);
		assertThat(unfold(folded)).isEqualTo(line + "\r\n");
		assertThat(CalendarText.fold("A".repeat(75) + "\r\n")).as("exactly 75 octets stay on one line")
			.isEqualTo("A".repeat(75) + "\r\n");
		assertThat(CalendarText.fold("A".repeat(76) + "\r\n")).isEqualTo("A".repeat(75) + "\r\n A\r\n");
	}

	@Test
	void specialCharactersAreEscapedAndLineBreaksWrittenAsBackslashN() throws Exception {
		LiveSession session = new LiveSession(11, 3, "Angkatan I", "Kearsipan; Digital, Dasar", "Sesi 1\\2; tanya, jawab",
				Instant.parse("2026-12-03T02:00:00Z"), 60, IndonesianTime.WIB, "ZOOM", 1L, null, null,
				SessionStatus.CANCELLED, "Narasumber sakit.\nDiganti minggu depan; lihat, jadwal", 1, MeetingState.READY,
				null, null, null);
		String text = this.calendar.invitation(session, new Attendee("Ahmad \"Ucok\" Fauzi", "ahmad@bantenprov.go.id"),
				Method.CANCEL);
		String unfolded = unfold(text);
		assertThat(lines(unfolded))
			.contains("SUMMARY:DIBATALKAN: Sesi 1\\\\2\\; tanya\\, jawab – Kearsipan\\; Digital\\, Dasar");
		assertThat(unfolded).contains("Narasumber sakit.\\nDiganti minggu depan\\; lihat\\, jadwal");
		assertThat(text.replace("\r\n", "")).as("no bare line break anywhere").doesNotContain("\r").doesNotContain("\n");
		VEvent event = event(parse(text));
		assertThat(event.getSummary().getValue())
			.isEqualTo("DIBATALKAN: Sesi 1\\2; tanya, jawab – Kearsipan; Digital, Dasar");
		assertThat(event.getDescription().getValue())
			.startsWith("Sesi ini dibatalkan: Narasumber sakit.\nDiganti minggu depan; lihat, jadwal\n");
		assertThat(event.getProperty("ATTENDEE").map(attendee -> ((Property) attendee).getParameter("CN")
			.orElseThrow()
			.getValue())).contains("Ahmad 'Ucok' Fauzi");
		assertValid(parse(text));
	}

	@Test
	void aFeedIsAPublishedCalendarThatKeepsCancelledSessions() throws Exception {
		LiveSession cancelled = new LiveSession(21, 3, "Angkatan I", "Kearsipan", "Sesi batal",
				Instant.parse("2026-12-05T02:00:00Z"), 60, IndonesianTime.WIB, "JITSI", 1L, null, null,
				SessionStatus.CANCELLED, null, 1, MeetingState.READY, null, null, null);
		String text = this.calendar.feed(List.of(session(20, 0, SessionStatus.SCHEDULED), cancelled),
				"Pelita – my class sessions", Locale.ENGLISH);
		Calendar parsed = parse(text);
		assertValid(parsed);
		String unfolded = unfold(text);
		assertThat(lines(unfolded)).contains("METHOD:PUBLISH", "X-WR-CALNAME:Pelita – my class sessions",
				"REFRESH-INTERVAL;VALUE=DURATION:PT1H", "UID:session-21@lms.bantenprov.go.id", "STATUS:CANCELLED",
				"SUMMARY:CANCELLED: Sesi batal – Kearsipan");
		assertThat(lines(unfolded)).noneMatch(line -> line.startsWith("ATTENDEE"));
		assertThat(event(parse(this.calendar.single(cancelled))).getStatus().getValue())
			.isEqualTo("CANCELLED");
		assertThat(((VEvent) parsed.getComponents("VEVENT").getFirst()).getDescription().getValue())
			.contains("Instructor: Dr. Siti Rahma").contains("Join from the session page in Pelita");
	}

	@Test
	void theOrganizerAddressComesFromTheMailSenderSetting() {
		SessionCalendar configured = new SessionCalendar(new Translations(), Clock.fixed(NOW, ZoneOffset.UTC),
				PublicUrl.of("https://lms.bantenprov.go.id/"), "Pelita LMS <lms@bpsdm.bantenprov.go.id>");
		String text = configured.single(session(1, 0, SessionStatus.SCHEDULED));
		assertThat(lines(unfold(text))).contains("ORGANIZER;CN=Pelita:mailto:lms@bpsdm.bantenprov.go.id",
				"UID:session-1@lms.bantenprov.go.id");
		assertThat(CalendarText.emailAddress("no-reply@bpsdm.bantenprov.go.id"))
			.contains("no-reply@bpsdm.bantenprov.go.id");
		assertThat(CalendarText.emailAddress("Pelita")).isEmpty();
	}

	@Test
	void theValidatorUsedHereDoesCatchAnIncompleteRequest() throws Exception {
		String text = this.calendar.invitation(session(5, 0, SessionStatus.SCHEDULED), this.siti, Method.REQUEST);
		String withoutAttendee = String.join("\r\n",
				unfold(text).lines().filter(line -> !line.startsWith("ATTENDEE")).toList()) + "\r\n";
		assertThat(parse(withoutAttendee).validate().getEntries()).isNotEmpty();
	}

	private static SessionCalendar calendarAt(Instant now) {
		return new SessionCalendar(new Translations(), Clock.fixed(now, ZoneOffset.UTC),
				PublicUrl.of("https://lms.bantenprov.go.id"), "");
	}

	private static LiveSession session(long id, int sequence, SessionStatus status) {
		return new LiveSession(id, 3, "Angkatan I - Desember 2026", "Manajemen Arsip Dinamis",
				"Pembukaan dan Orientasi", Instant.parse("2026-12-03T02:00:00Z"), 90, IndonesianTime.WIB,
				"JITSI", 1L, "Dr. Siti Rahma", null, status, null, sequence, MeetingState.READY, null, null,
				"https://meet.jit.si/pelita-abcdefghijkmnpqrstuvwxyz");
	}

	private static LiveSession session(long id, ZoneId zone, String localStart) {
		Instant start = ZonedDateTime.of(java.time.LocalDateTime.parse(localStart), zone).toInstant();
		return new LiveSession(id, 3, "Angkatan I", "Kearsipan", "Sesi " + id, start, 60, zone, "JITSI",
				1L, null, null, SessionStatus.SCHEDULED, null, 0, MeetingState.READY, null, null, null);
	}

	/** Parses the text from its UTF-8 bytes, as a calendar program reading the file would. */
	private static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(
				new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
						StandardCharsets.UTF_8));
	}

	private static void assertValid(Calendar calendar) throws Exception {
		ValidationResult result = calendar.validate();
		assertThat(result.getEntries()).as(result.toString()).isEmpty();
	}

	private static VEvent event(Calendar calendar) {
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		return events.getFirst();
	}

	private static String unfold(String text) {
		return text.replace("\r\n ", "");
	}

	private static List<String> lines(String unfolded) {
		return List.of(unfolded.split("\r\n"));
	}

	private static Instant instant(@Nullable Temporal temporal) {
		return Instant.from(temporal);
	}

	private static boolean decodesStrictly(byte[] octets) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(octets));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
