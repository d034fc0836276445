package id.pelita.liveclass.ui;

import java.time.Duration;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.LiveSessionService;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The schedule of live sessions on a run's public page ({@code /katalog/<runId>}). */
class RunScheduleSectionTests extends LiveClassViewTest {

	@Autowired
	LiveSessionService sessions;

	@Test
	void aConfirmedParticipantSeesTheSessionsWithLinksToTheirPages() {
		long runId = this.fixtures.run();
		long first = this.fixtures.session(runId, Duration.ofDays(2), 90);
		long cancelled = this.fixtures.session(runId, Duration.ofDays(3), 60);
		this.fixtures.enrolment().asSystem(() -> {
			this.sessions.cancel(cancelled, "Narasumber berhalangan");
			return null;
		});
		PelitaUser participant = this.fixtures.confirmedParticipant(runId);
		this.fixtures.enrolment().signIn(participant);
		LiveSession session = this.fixtures.enrolment().as(participant, () -> this.sessions.session(first));

		navigate("katalog/" + runId, Component.class);
		RunSchedule schedule = find(RunSchedule.class).single();
		List<ListItem> items = find(ListItem.class, schedule.list).all();
		assertThat(items).hasSize(2);
		assertThat(items.getFirst().getElement().getTextRecursively())
			.contains(IndonesianTime.date(session.startsAt(), IndonesianTime.WIB, IndonesianTime.INDONESIAN))
			.contains(ScheduleFormats.hours(session, IndonesianTime.WIB, IndonesianTime.INDONESIAN))
			.contains(session.title())
			.contains("90 menit · Jitsi");
		assertThat(find(Anchor.class, items.getFirst()).single().getHref()).isEqualTo("sesi/" + first);
		assertThat(items.get(1).getElement().getTextRecursively()).contains("Dibatalkan");
		assertThat(find(Anchor.class, items.get(1)).all()).as("no page to open for a cancelled session").isEmpty();
	}

	@Test
	void someoneWithoutASeatSeesTheTimesButNoLinks() {
		long runId = this.fixtures.run();
		this.fixtures.session(runId, Duration.ofDays(2), 60);
		this.fixtures.enrolment()
			.signIn(EnrolmentFixtures
				.participant(this.fixtures.enrolment().employee(this.fixtures.enrolment().agency("36.04.02"))));
		navigate("katalog/" + runId, Component.class);
		RunSchedule schedule = find(RunSchedule.class).single();
		assertThat(find(ListItem.class, schedule.list).all()).hasSize(1);
		assertThat(find(Anchor.class, schedule.list).all()).isEmpty();
	}

	@Test
	void aRunWithoutSessionsSaysTheScheduleIsNotOutYet() {
		long runId = this.fixtures.run();
		this.fixtures.enrolment()
			.signIn(EnrolmentFixtures
				.participant(this.fixtures.enrolment().employee(this.fixtures.enrolment().agency("36.04.02"))));
		navigate("katalog/" + runId, Component.class);
		RunSchedule schedule = find(RunSchedule.class).single();
		assertThat(schedule.empty.isVisible()).isTrue();
		assertThat(schedule.empty.getText()).isEqualTo("Jadwal sesi belum diumumkan.");
		assertThat(schedule.list.isVisible()).isFalse();
	}

}
