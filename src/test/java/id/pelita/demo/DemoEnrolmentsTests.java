package id.pelita.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import id.pelita.catalog.CatalogService;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDraft;
import id.pelita.catalog.RunService;
import id.pelita.enrolment.EnrolmentService;
import id.pelita.enrolment.EnrolmentStatus;
import id.pelita.enrolment.Participant;
import id.pelita.shared.security.SystemUser;
import id.pelita.shared.time.IndonesianTime;
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
	CatalogService catalog;

	@Autowired
	EnrolmentService enrolments;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void enrolsTheDemoPeopleOnceInTheOpenRuns() {
		long open = run(EnrolmentMode.OPEN);
		long nominations = run(EnrolmentMode.NOMINATION_ONLY);
		long approval = run(EnrolmentMode.OPEN_WITH_APPROVAL);
		this.demo.run(new DefaultApplicationArguments());
		this.demo.run(new DefaultApplicationArguments());
		List<Participant> inOpen = participants(open);
		assertThat(inOpen).extracting(Participant::nip).containsExactly(DemoDataLoader.PARTICIPANT_NIP);
		assertThat(participants(nominations)).hasSize(12)
			.allMatch(participant -> participant.status() == EnrolmentStatus.CONFIRMED);
		assertThat(participants(approval)).hasSize(2)
			.allMatch(participant -> participant.status() == EnrolmentStatus.PENDING_APPROVAL);
	}

	private List<Participant> participants(long runId) {
		SignIn.as(this.context, "penyelenggara");
		return this.enrolments.participants(runId);
	}

	private long run(EnrolmentMode mode) {
		LocalDate today = LocalDate.now(IndonesianTime.DEFAULT_ZONE);
		long[] id = new long[1];
		SystemUser.run(() -> {
			long courseId = this.catalog.courses().getFirst().id();
			id[0] = this.runs.createRun(new RunDraft(courseId, "Demo " + mode, YearMonth.from(today),
					today.minusDays(1).atTime(8, 0), today.plusDays(3).atTime(16, 0), today.plusDays(10),
					today.plusDays(12), 40, Map.of(), mode));
			this.runs.publish(id[0]);
		});
		return id[0];
	}

}
