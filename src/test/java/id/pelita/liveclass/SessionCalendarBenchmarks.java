package id.pelita.liveclass;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import id.pelita.benchmark.Benchmark;
import id.pelita.liveclass.SessionCalendar.Attendee;
import id.pelita.liveclass.SessionCalendar.Method;
import id.pelita.shared.PublicUrl;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.time.IndonesianTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a calendar costs to write: one invitation (an e-mail per participant when a session of a class of 500 is
 * moved) and a personal feed of 100 sessions (a busy participant's year), which calendar programs fetch every hour.
 */
@Tag("benchmark")
class SessionCalendarBenchmarks {

	@Test
	void invitationsAndFeeds() {
		SessionCalendar calendar = new SessionCalendar(new Translations(),
				Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC),
				PublicUrl.of("https://lms.bantenprov.go.id"), "");
		List<LiveSession> sessions = IntStream.range(0, 100)
			.mapToObj(i -> new LiveSession(1000 + i, 7, "Angkatan I - Desember 2026",
					"Pelatihan Kepemimpinan Tingkat IV — Pengawas", "Sesi " + (i + 1) + ": Kepemimpinan “Banten Ceria”",
					Instant.parse("2026-12-01T02:00:00Z").plus(Duration.ofDays(i * 3L)), 90,
					IndonesianTime.ZONES.get(i % 3), "JITSI", 1L, "Dr. Siti Rahma, M.Si.", null,
					i % 10 == 0 ? SessionStatus.CANCELLED : SessionStatus.SCHEDULED, null, i % 10 == 0 ? 1 : 0,
					MeetingState.READY, null, null, null))
			.toList();
		LiveSession first = sessions.get(1);
		Attendee attendee = new Attendee("Siti Rahmawati, S.E.", "siti.rahmawati@serangkab.go.id");
		Benchmark.measure("iCalendar invitation (REQUEST, one attendee)", 200, 2000,
				() -> calendar.invitation(first, attendee, Method.REQUEST));
		Benchmark.measure("iCalendar feed of 100 sessions in 3 zones", 20, 200,
				() -> calendar.feed(sessions, "Pelita", Translations.INDONESIAN));
		Benchmark.report("feed of 100 sessions: "
				+ calendar.feed(sessions, "Pelita", Translations.INDONESIAN).getBytes(StandardCharsets.UTF_8).length / 1024
				+ " KiB");
	}

}
