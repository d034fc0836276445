package id.pelita.enrolment.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.identity.PersonRef;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class RunPageViewTests extends EnrolmentViewTest {

	@Autowired
	ParticipantEnrolments enrolments;

	@Test
	void participantEnrolsSeesTheStatusAndCancels() {
		long runId = this.fixtures.openRun(5, Map.of(), EnrolmentMode.OPEN);
		PersonRef person = this.fixtures.employee(this.fixtures.agency("36.04.02"));
		this.fixtures.signIn(EnrolmentFixtures.participant(person));
		RunPageView view = navigate(RunPageView.class, run(runId));
		assertThat(view.seatsLeft.getText()).isEqualTo("Sisa 5 kursi");
		assertThat(view.cancel.isVisible()).isFalse();
		test(view.enrol).click();
		assertThat(lastNotification()).isEqualTo("Anda terdaftar. Sampai jumpa di kelas!");
		assertThat($(Span.class, view.status).all()).extracting(Span::getText).containsExactly("Terdaftar");
		assertThat(view.seatsLeft.getText()).isEqualTo("Sisa 4 kursi");
		assertThat(view.enrol.isVisible()).isFalse();
		assertThat(view.cancel.isVisible()).isTrue();
		view.cancelEnrolment();
		assertThat(lastNotification()).isEqualTo("Pendaftaran Anda dibatalkan.");
		assertThat($(Span.class, view.status).all()).extracting(Span::getText).containsExactly("Dibatalkan");
		assertThat(view.seatsLeft.getText()).isEqualTo("Sisa 5 kursi");
	}

	@Test
	void aFullRunWaitlistsAndShowsThePlaceInLine() {
		long runId = this.fixtures.openRun(1, Map.of(), EnrolmentMode.OPEN);
		List<PersonRef> people = this.fixtures.employees(2, this.fixtures.agency("36.04.02"));
		this.fixtures.as(EnrolmentFixtures.participant(people.get(0)), () -> this.enrolments.enrol(runId));
		this.fixtures.signIn(EnrolmentFixtures.participant(people.get(1)));
		RunPageView view = navigate(RunPageView.class, run(runId));
		assertThat(view.seatsLeft.getText()).isEqualTo("Kursi penuh; jika mendaftar, Anda masuk daftar tunggu.");
		test(view.enrol).click();
		assertThat(lastNotification()).isEqualTo("Kursi penuh; Anda masuk daftar tunggu pada urutan 1.");
		assertThat($(Paragraph.class, view.status).all()).extracting(Paragraph::getText)
			.containsExactly("Urutan daftar tunggu: 1");
	}

	@Test
	void aNominationOnlyRunOffersNoEnrolButton() {
		long runId = this.fixtures.openRun(10, Map.of(), EnrolmentMode.NOMINATION_ONLY);
		this.fixtures.signIn(EnrolmentFixtures.participant(this.fixtures.employee(this.fixtures.agency("36.04.02"))));
		RunPageView view = navigate(RunPageView.class, run(runId));
		assertThat(view.enrol.isVisible()).isFalse();
		assertThat($(Paragraph.class, view.status).all()).extracting(Paragraph::getText)
			.containsExactly("Angkatan ini hanya untuk peserta yang dinominasikan oleh Admin OPD instansinya.");
	}

	@Test
	void seatsLeftFollowOthersEnrolments() {
		long runId = this.fixtures.openRun(3, Map.of(), EnrolmentMode.OPEN);
		List<PersonRef> people = this.fixtures.employees(2, this.fixtures.agency("36.04.02"));
		this.fixtures.signIn(EnrolmentFixtures.participant(people.get(0)));
		RunPageView view = navigate(RunPageView.class, run(runId));
		this.fixtures.as(EnrolmentFixtures.participant(people.get(1)), () -> this.enrolments.enrol(runId));
		view.refreshSeats();
		assertThat(view.seatsLeft.getText()).isEqualTo("Sisa 2 kursi");
	}

}
