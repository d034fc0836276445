package id.pelita.enrolment;

import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.i18n.Translations;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static id.pelita.enrolment.EnrolmentFixtures.participant;

/** What the enrolment services' tests share: the services, fixtures, two agencies and the helpers. */
abstract class EnrolmentTestBase {

	static final String COORDINATOR_NIP = "198107222006041002";

	@Autowired
	ApplicationContext context;

	@Autowired
	ParticipantEnrolments enrolments;

	@Autowired
	AgencyEnrolments agency;

	@Autowired
	RunParticipants participants;

	@Autowired
	Waitlist waitlist;

	@Autowired
	Translations translations;

	EnrolmentFixtures fixtures;

	long serangOpd;

	long lebak;

	@BeforeEach
	void setUp() {
		this.fixtures = new EnrolmentFixtures(this.context);
		this.serangOpd = this.fixtures.agency("36.04.02");
		this.lebak = this.fixtures.agency("36.02");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	EnrolmentOutcome enrol(PersonRef person, long runId) {
		return this.fixtures.as(participant(person), () -> this.enrolments.enrol(runId));
	}

	EnrolmentStatus status(PersonRef person, long runId) {
		return this.fixtures.as(participant(person), () -> this.enrolments.myEnrolment(runId))
			.map(MyEnrolment::status)
			.orElse(null);
	}

	String unusedNip() {
		PersonRef probe;
		String nip;
		do {
			nip = TestData.nip();
			probe = this.context.getBean(PersonDirectory.class).findByNip(nip).orElse(null);
		}
		while (probe != null);
		return nip;
	}

	static UserFacingException refusal(Executable action) {
		try {
			action.execute();
		}
		catch (UserFacingException ex) {
			return ex;
		}
		catch (Throwable ex) {
			throw new AssertionError("Expected a refusal, got " + ex, ex);
		}
		throw new AssertionError("Expected a refusal");
	}

}
