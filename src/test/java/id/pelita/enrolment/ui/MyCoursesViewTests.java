package id.pelita.enrolment.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.html.Paragraph;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.identity.PersonRef;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class MyCoursesViewTests extends EnrolmentViewTest {

	@Autowired
	ParticipantEnrolments enrolments;

	@Test
	void confirmedCoursesAreActiveAndTheWaitlistWaitsWithItsPosition() {
		long confirmedRun = this.fixtures.openRun(5, Map.of(), EnrolmentMode.OPEN);
		long fullRun = this.fixtures.openRun(1, Map.of(), EnrolmentMode.OPEN);
		List<PersonRef> people = this.fixtures.employees(2, this.fixtures.agency("36.04.02"));
		this.fixtures.as(EnrolmentFixtures.participant(people.get(0)), () -> this.enrolments.enrol(fullRun));
		this.fixtures.signIn(EnrolmentFixtures.participant(people.get(1)));
		this.enrolments.enrol(confirmedRun);
		this.enrolments.enrol(fullRun);
		MyCoursesView view = navigate(MyCoursesView.class);
		assertThat(test(view.tabs).getTab(0).getLabel()).isEqualTo("Aktif (1)");
		assertThat($(H3.class, view.cards).all()).extracting(H3::getText)
			.containsExactly(this.runs.run(confirmedRun).courseTitle());
		test(view.tabs).select(1);
		assertThat($(Paragraph.class, view.cards).all()).extracting(Paragraph::getText)
			.contains(this.runs.run(fullRun).name(), "Urutan daftar tunggu: 1");
		test(view.tabs).select(2);
		assertThat(view.cards.isVisible()).isFalse();
		assertThat(view.empty.getText()).isEqualTo("Belum ada kursus yang selesai.");
	}

	@Test
	void theTabComesBackFromTheAddress() {
		this.fixtures.signIn(EnrolmentFixtures.participant(this.fixtures.employee(this.fixtures.agency("36.04.02"))));
		navigate(id.pelita.shared.ui.HomeView.class);
		UI.getCurrent().navigate(MyCoursesView.class, QueryParameters.of("tab", "menunggu"));
		MyCoursesView view = (MyCoursesView) getCurrentView();
		assertThat(view.selected()).isEqualTo(MyCoursesView.Section.WAITING);
		assertThat(view.empty.getText()).isEqualTo("Tidak ada pendaftaran yang menunggu.");
	}

}
