package id.pelita.liveclass.ui;

import java.time.Duration;

import id.pelita.shared.ui.HomeView;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's card of the next live session. */
class NextSessionCardTests extends LiveClassViewTest {

	@Test
	void theDashboardShowsTheNextSessionWithItsCountdownAndJoin() {
		long runId = this.attendance.run();
		this.attendance.session(runId, Duration.ofDays(3), 60);
		long next = this.attendance.session(runId, Duration.ofDays(2), 60);
		this.attendance.enrolment().signIn(this.attendance.participant(runId));

		navigate(HomeView.class);

		NextSessionCard.Panel card = $(NextSessionCard.Panel.class).single();
		assertThat(card.heading.getText()).isEqualTo("Sesi live berikutnya");
		assertThat(card.title.getHref()).isEqualTo("sesi/" + next);
		assertThat(card.countdown.getText()).startsWith("Dimulai dalam 1 hari");
		assertThat(card.join.isEnabled()).isFalse();
		assertThat(card.joinNote.getText()).startsWith("Tombol Gabung aktif pukul ");
	}

	@Test
	void insideTheWindowJoinLeadsToTheSessionPageAndJoins() {
		long runId = this.attendance.run();
		long soon = this.attendance.session(runId, Duration.ofMinutes(10), 60);
		this.attendance.enrolment().signIn(this.attendance.participant(runId));
		navigate(HomeView.class);
		NextSessionCard.Panel card = $(NextSessionCard.Panel.class).single();
		assertThat(card.join.isEnabled()).isTrue();

		test(card.join).click();

		SessionView view = (SessionView) getCurrentView();
		assertThat(view.getPageTitle()).startsWith(card.title.getText());
		assertThat(view.meeting).isNotNull();
		assertThat(soon).isPositive();
	}

	@Test
	void aParticipantWithoutSessionsReadsSo() {
		this.attendance.enrolment().signIn(this.attendance.outsider());
		navigate(HomeView.class);
		assertThat($(NextSessionCard.Panel.class).single().empty.getText())
			.isEqualTo("Belum ada sesi live terjadwal untuk Anda.");
	}

	@Test
	void anAdministratorWithoutSessionsSeesNoCard() {
		SignIn.as(this.context, "admin");
		navigate(HomeView.class);
		assertThat($(NextSessionCard.Panel.class).all()).isEmpty();
	}

}
