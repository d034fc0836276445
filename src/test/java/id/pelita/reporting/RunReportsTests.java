package id.pelita.reporting;

import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.learning.LearningFixtures;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.support.H2Test;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The run funnel counted in SQL, and only for organisers and administrators. */
@H2Test
class RunReportsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	RunReports reports;

	@Test
	void organiserReadsTheFunnelOthersAreRefused() {
		LearningFixtures fixtures = new LearningFixtures(this.context);
		long runId = fixtures.run(fixtures.course());
		PelitaUser participant = fixtures.participant(runId);
		PelitaUser organiser = EnrolmentFixtures.user(1L, "organiser-report", null, Role.ORGANISER);

		RunFunnel funnel = fixtures.enrolment().as(organiser, () -> this.reports.funnel(runId));

		assertThat(funnel.nominated()).isEqualTo(1);
		assertThat(funnel.confirmed()).isEqualTo(1);
		assertThat(funnel.attended()).isZero();
		assertThat(funnel.completed()).isZero();
		assertThat(funnel.certified()).isZero();
		assertThat(funnel.percentOfNominated(funnel.confirmed())).isEqualTo(100);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> fixtures.enrolment().as(participant, () -> this.reports.funnel(runId)));
		PelitaUser coordinator = fixtures.enrolment().coordinator(participant.agencyId());
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> fixtures.enrolment().as(coordinator, () -> this.reports.funnel(runId)));
	}

}
