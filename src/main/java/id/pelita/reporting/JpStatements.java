package id.pelita.reporting;

import java.util.List;
import java.util.Optional;

import id.pelita.agency.RosterSync;
import id.pelita.certificate.HolderCertificates;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.reporting.internal.ExternalEntryStore;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.web.InvalidFields;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employee's JP year as a statement ({@link JpStatement}): the participant's own ({@code /jp-saya}), one employee
 * for a coordinator of their agency or an administrator, and one employee by NIP for the agency's HR system (the
 * REST API), where an employee of another agency is not found, like an unknown NIP.
 */
@Service
public class JpStatements {

	/** The years a statement may be asked for. */
	public static final int FIRST_YEAR = 2000;

	public static final int LAST_YEAR = 2100;

	private final JpLedger ledger;

	private final ExternalEntryStore external;

	private final HolderCertificates certificates;

	private final PersonDirectory people;

	private final RosterSync roster;

	private final JpScope scope;

	JpStatements(JpLedger ledger, ExternalEntryStore external, HolderCertificates certificates, PersonDirectory people,
			RosterSync roster, JpScope scope) {
		this.ledger = ledger;
		this.external = external;
		this.certificates = certificates;
		this.people = people;
		this.roster = roster;
		this.scope = scope;
	}

	/** The signed-in employee's year. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public JpStatement mine(int year) {
		return statement(person(CurrentUser.require().accountId()), checkedYear(year));
	}

	/** One employee's year, for a coordinator of their agency or an administrator. */
	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public JpStatement of(long accountId, int year) {
		PelitaUser actor = CurrentUser.require();
		this.scope.check(actor, accountId);
		return statement(person(accountId), checkedYear(year));
	}

	/** The year of the employee with this NIP in the coordinator's agency or its units; not found otherwise. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public JpStatement ofNip(String nip, int year) {
		int checked = checkedYear(year);
		long accountId = this.roster.employee(nip)
			.orElseThrow(() -> new UserFacingException("jp.api.error.notFound", nip.replace(" ", "")))
			.employee()
			.accountId();
		return statement(person(accountId), checked);
	}

	private JpStatement statement(PersonRef person, int year) {
		List<Long> certificateIds = this.ledger.entries(person.accountId(), year)
			.stream()
			.filter(entry -> JpEntry.CERTIFICATE.equals(entry.sourceType()) && entry.counts())
			.map(JpEntry::sourceId)
			.toList();
		return new JpStatement(person.accountId(), person.nip(), person.fullName(), year,
				this.ledger.total(person.accountId(), year),
				this.certificates.credited(person.accountId(), certificateIds),
				this.external.ofAccount(person.accountId(), year));
	}

	private PersonRef person(long accountId) {
		Optional<PersonRef> person = this.people.find(accountId);
		return person.orElseThrow(() -> new UserFacingException("jp.external.error.notFound"));
	}

	private static int checkedYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw InvalidFields.of("year", "jp.statement.error.year", FIRST_YEAR, LAST_YEAR);
		}
		return year;
	}

}
