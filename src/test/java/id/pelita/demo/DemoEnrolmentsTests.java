package id.pelita.demo;

import java.util.List;

import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.enrolment.RunParticipants;
import id.pelita.enrolment.EnrolmentStatus;
import id.pelita.enrolment.Participant;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo enrolments on a database of their own, with one open run per enrolment mode. */
@SpringBootTest(properties = "pelita.test.database=demo-enrolments")
@ActiveProfiles("test")
class DemoEnrolmentsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	DemoEnrolments demo;

	@Autowired
	RunService runs;

	@Autowired
	RunParticipants enrolments;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void enrolsTheDemoPeopleOnceInTheOpenRuns() {
		List<RunDetails> open = this.runs.openForRegistration();
		long openRun = first(open, EnrolmentMode.OPEN);
		long nominations = first(open, EnrolmentMode.NOMINATION_ONLY);
		long approval = first(open, EnrolmentMode.OPEN_WITH_APPROVAL);
		this.demo.run(new DefaultApplicationArguments());
		assertThat(participants(openRun)).extracting(Participant::nip)
			.containsExactlyInAnyOrder(DemoDataLoader.PARTICIPANT_NIP, DemoPath.SECOND_PARTICIPANT_NIP);
		assertThat(participants(nominations)).hasSize(12)
			.allMatch(participant -> participant.status() == EnrolmentStatus.CONFIRMED);
		assertThat(participants(approval)).hasSize(2)
			.allMatch(participant -> participant.status() == EnrolmentStatus.PENDING_APPROVAL);
	}

	/** The run of that mode the demo data chose: the first open for registration, as the loader reads them. */
	private static long first(List<RunDetails> open, EnrolmentMode mode) {
		return open.stream().filter(run -> run.enrolmentMode() == mode).findFirst().orElseThrow().id();
	}

	private List<Participant> participants(long runId) {
		SignIn.as(this.context, "penyelenggara");
		return this.enrolments.participants(runId);
	}

}
