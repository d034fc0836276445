package id.pelita.reporting.ui;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.reporting.ExternalEntryInput;
import id.pelita.reporting.ExternalTrainingType;
import id.pelita.reporting.ExternalTrainings;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.HomeView;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's card of the participant's JP this year against the target of 20. */
@SpringBootTest
@ActiveProfiles("test")
class JpYearCardTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ExternalTrainings trainings;

	private EnrolmentFixtures fixtures;

	private PelitaUser participant;

	@BeforeEach
	void participant() {
		this.fixtures = new EnrolmentFixtures(this.context);
		PersonRef person = this.fixtures.employee(this.fixtures.agency("36.04.02"));
		this.participant = EnrolmentFixtures.participant(person);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aParticipantBelowTheTargetSeesTheirJpAndWhatIsMissing() {
		recordThisYear("7.5");
		this.fixtures.signIn(this.participant);

		navigate(HomeView.class);

		JpYearCard.Panel card = $(JpYearCard.Panel.class).single();
		assertThat(card.heading.getText()).isEqualTo("JP saya tahun " + today().getYear());
		assertThat(card.figure.getText()).isEqualTo("7,5 dari 20 JP");
		assertThat(card.bar.getValue()).isEqualTo(7.5);
		assertThat(card.remaining.getText()).isEqualTo("Kurang 12,5 JP lagi untuk mencapai target tahun ini.");
		assertThat(card.certificates.getHref()).isEqualTo("sertifikat-saya");
	}

	@Test
	void aParticipantOverTheTargetReadsThatItIsReachedAndTheBarIsFull() {
		recordThisYear("12");
		recordThisYear("9");
		this.fixtures.signIn(this.participant);

		navigate(HomeView.class);

		JpYearCard.Panel card = $(JpYearCard.Panel.class).single();
		assertThat(card.figure.getText()).isEqualTo("21 dari 20 JP");
		assertThat(card.bar.getValue()).isEqualTo(20.0);
		assertThat(card.remaining.getText()).isEqualTo("Target 20 JP tahun ini sudah tercapai.");
	}

	@Test
	void aParticipantWithoutJpSeesZero() {
		this.fixtures.signIn(this.participant);
		navigate(HomeView.class);
		assertThat($(JpYearCard.Panel.class).single().figure.getText()).isEqualTo("0 dari 20 JP");
	}

	@Test
	void anAdministratorSeesNoCard() {
		SignIn.as(this.context, "admin");
		navigate(HomeView.class);
		assertThat($(JpYearCard.Panel.class).all()).isEmpty();
	}

	private void recordThisYear(String jp) {
		LocalDate today = today();
		SignIn.as(this.context, "admin");
		this.trainings.record(this.participant.accountId(), new ExternalEntryInput("Diklat di luar Pelita",
				"BPSDM Provinsi", today, today, new BigDecimal(jp), ExternalTrainingType.OTHER_INSTITUTION));
		SignIn.out();
	}

	private static LocalDate today() {
		return LocalDate.now(IndonesianTime.DEFAULT_ZONE);
	}

}
