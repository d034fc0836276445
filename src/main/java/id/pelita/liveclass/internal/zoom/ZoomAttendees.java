package id.pelita.liveclass.internal.zoom;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.pelita.enrolment.RunRoster;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.liveclass.internal.SessionRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Who a Zoom participant is, among the confirmed participants of the session's run: by the registrant id the LMS
 * got when registering them, else by e-mail (case-insensitive). Never by display name: two people may share one,
 * and anyone can type any name into Zoom. The session's host is recognised by e-mail and left out of attendance.
 */
@Component
@Conditional(ZoomConfigured.class)
class ZoomAttendees {

	private final RunRoster roster;

	private final PersonDirectory people;

	private final ZoomRegistrants registrants;

	ZoomAttendees(RunRoster roster, PersonDirectory people, ZoomRegistrants registrants) {
		this.roster = roster;
		this.people = people;
		this.registrants = registrants;
	}

	/** The look-up for one session, loaded once (a webhook event, or every row of a report). */
	Lookup of(SessionRecord session) {
		Map<String, Long> byEmail = new HashMap<>();
		for (PersonRef person : this.people.findAll(this.roster.confirmedAccounts(session.getRunId()))) {
			String email = normalised(person.email());
			if (email != null) {
				byEmail.putIfAbsent(email, person.accountId());
			}
		}
		Set<String> hostEmails = new HashSet<>();
		if (session.getHostAccountId() != null) {
			this.people.find(session.getHostAccountId())
				.map(PersonRef::email)
				.map(ZoomAttendees::normalised)
				.ifPresent(hostEmails::add);
		}
		return new Lookup(this.registrants.accountsByRegistrant(session.getId()), byEmail, hostEmails);
	}

	static @Nullable String normalised(@Nullable String email) {
		return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	/** The accounts of one session's participants by registrant id and by e-mail. */
	record Lookup(Map<String, Long> byRegistrant, Map<String, Long> byEmail, Set<String> hostEmails) {

		/** The matched account, or {@code null}: registrant id first, then e-mail. */
		@Nullable Long account(@Nullable String registrantId, @Nullable String email) {
			if (registrantId != null && this.byRegistrant.containsKey(registrantId)) {
				return this.byRegistrant.get(registrantId);
			}
			String normalised = normalised(email);
			return normalised == null ? null : this.byEmail.get(normalised);
		}

		/** Whether this is the session's host (not a participant, not to be listed as unknown either). */
		boolean host(@Nullable String email) {
			String normalised = normalised(email);
			return normalised != null && this.hostEmails.contains(normalised);
		}

	}

}
