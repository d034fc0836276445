package id.pelita.demo;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import id.pelita.agency.AgencyService;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.enrolment.AgencyEnrolments;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.enrolment.RunParticipants;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo enrolments in the demo runs that take registrations, made through the enrolment services as the demo people
 * would: the demo participant enrols in an open run, the demo coordinator nominates a cohort of Kabupaten Serang
 * employees, and two employees wait for the coordinator's approval. Does nothing without open runs, and nothing
 * once any open run has participants.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "pelita.demo-data.enabled", matchIfMissing = true)
@Order(30)
class DemoEnrolments implements ApplicationRunner {

	static final String COORDINATOR_NIP = "198107222006041002";

	private static final int COHORT = 12;

	private static final Logger log = LoggerFactory.getLogger(DemoEnrolments.class);

	private final RunService runs;

	private final ParticipantEnrolments enrolments;

	private final AgencyEnrolments nominations;

	private final RunParticipants participants;

	private final PersonDirectory people;

	private final AgencyService agencies;

	private final DemoSignIn signIn;

	DemoEnrolments(RunService runs, ParticipantEnrolments enrolments, AgencyEnrolments nominations,
			RunParticipants participants, PersonDirectory people, AgencyService agencies, DemoSignIn signIn) {
		this.signIn = signIn;
		this.runs = runs;
		this.enrolments = enrolments;
		this.nominations = nominations;
		this.participants = participants;
		this.people = people;
		this.agencies = agencies;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<RunDetails> open = this.runs.openForRegistration();
		Optional<PersonRef> participant = this.people.findByNip(DemoDataLoader.PARTICIPANT_NIP);
		Optional<PersonRef> coordinator = this.people.findByNip(COORDINATOR_NIP);
		if (open.isEmpty() || participant.isEmpty() || coordinator.isEmpty() || coordinator.get().agencyId() == null) {
			return;
		}
		boolean enrolled = as(system(), () -> open.stream()
			.anyMatch(run -> !this.participants.participants(run.id()).isEmpty()));
		if (enrolled) {
			return;
		}
		PelitaUser coordinatorUser = user(coordinator.get(), Role.AGENCY_COORDINATOR, Role.PARTICIPANT);
		Set<Long> serang = this.agencies.subtreeOf(coordinator.get().agencyId());
		List<PersonRef> employees = this.people.inAgencies(serang)
			.stream()
			.filter(person -> person.nip() != null && person.accountId() != participant.get().accountId()
					&& person.accountId() != coordinator.get().accountId())
			.toList();
		mode(open, EnrolmentMode.OPEN).ifPresent(run -> as(user(participant.get(), Role.PARTICIPANT),
				() -> this.enrolments.enrol(run.id())));
		RunDetails cohortRun = mode(open, EnrolmentMode.NOMINATION_ONLY).orElse(open.getFirst());
		List<String> cohort = employees.stream().limit(COHORT).map(PersonRef::nip).toList();
		if (!cohort.isEmpty()) {
			as(coordinatorUser, () -> this.nominations.nominate(cohortRun.id(), cohort));
		}
		mode(open, EnrolmentMode.OPEN_WITH_APPROVAL).ifPresent(run -> employees.stream()
			.skip(COHORT)
			.limit(2)
			.forEach(person -> as(user(person, Role.PARTICIPANT), () -> this.enrolments.enrol(run.id()))));
		log.info("Loaded demo enrolments: a cohort of {} nominated to {}", cohort.size(), cohortRun.name());
	}

	private static Optional<RunDetails> mode(List<RunDetails> runs, EnrolmentMode mode) {
		return runs.stream().filter(run -> run.enrolmentMode() == mode).findFirst();
	}

	private <T> T as(PelitaUser user, Supplier<T> work) {
		return this.signIn.as(user, work);
	}

	private static PelitaUser user(PersonRef person, Role... roles) {
		return DemoSignIn.user(person, roles);
	}

	private static PelitaUser system() {
		return DemoSignIn.system();
	}

}
