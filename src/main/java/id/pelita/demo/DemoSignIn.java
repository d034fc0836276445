package id.pelita.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

import id.pelita.enrolment.EnrolmentStatus;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.identity.PersonRef;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.shared.security.SystemUser;
import id.pelita.shared.time.IndonesianTime;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs demo set-up work as a given person, so that it goes through the services and their checks.
 */
@Component
class DemoSignIn {

	<T> T as(PelitaUser user, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** The id of the person's first confirmed run (as they see their enrolments), or -1 without any. */
	long firstConfirmedRun(PersonRef person, ParticipantEnrolments enrolments) {
		return as(user(person, Role.PARTICIPANT), enrolments::myEnrolments).stream()
			.filter(enrolment -> enrolment.status() == EnrolmentStatus.CONFIRMED)
			.map(enrolment -> enrolment.run().id())
			.findFirst()
			.orElse(-1L);
	}

	static PelitaUser user(PersonRef person, Role... roles) {
		return new PelitaUser(person.accountId(), person.nip(), null, person.fullName(), true,
				EnumSet.copyOf(List.of(roles)), person.agencyId(), person.language(), IndonesianTime.DEFAULT_ZONE);
	}

	/** The platform itself as organiser. */
	static PelitaUser system() {
		return new PelitaUser(SystemUser.ACCOUNT_ID, "system", null, "Pelita", true, EnumSet.of(Role.ORGANISER),
				null, IndonesianTime.INDONESIAN, IndonesianTime.DEFAULT_ZONE);
	}

}
