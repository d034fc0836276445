package id.pelita.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import id.pelita.agency.RosterService;
import id.pelita.reporting.ExternalEntry.Status;
import id.pelita.reporting.JpEntry.VoidReason;
import id.pelita.reporting.internal.ExternalEntryStore;
import id.pelita.reporting.internal.JpLedgerStore;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * JP from training outside the platform. A coordinator's entry (for an employee of their agency or its units) or an
 * administrator's counts at once; an employee's own entry waits for a coordinator of their agency, who approves or
 * rejects it; a coordinator may void a counted entry. Counting is a {@code jp_ledger_entry} row of source
 * {@value JpEntry#EXTERNAL}; every change is audited in the same transaction.
 */
@Service
public class ExternalTrainings {

	/** The most JP one external entry may carry. */
	public static final BigDecimal MAX_JP = new BigDecimal("200");

	private final ExternalEntryStore entries;

	private final JpLedgerStore ledger;

	private final RosterService roster;

	private final Clock clock;

	ExternalTrainings(ExternalEntryStore entries, JpLedgerStore ledger, RosterService roster, Clock clock) {
		this.entries = entries;
		this.ledger = ledger;
		this.roster = roster;
		this.clock = clock;
	}

	/** Records a training for an employee; it counts at once. */
	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional
	public ExternalEntry record(long accountId, ExternalEntryInput input) {
		PelitaUser actor = CurrentUser.require();
		checkScope(actor, accountId);
		check(input);
		Instant now = this.clock.instant();
		int year = year(input);
		long id = this.entries.insert(accountId, input, year, Status.COUNTED, actor.accountId(), now);
		this.ledger.credit(accountId, year, input.jp(), JpEntry.EXTERNAL, id, input.title(), now);
		this.entries.audit(id, "CREATE", actor.accountId(), null, now);
		return this.entries.find(id).orElseThrow();
	}

	/** An employee submits their own training; it waits for their coordinator. */
	@PreAuthorize("hasRole('PARTICIPANT')")
	@Transactional
	public ExternalEntry submit(ExternalEntryInput input) {
		PelitaUser actor = CurrentUser.require();
		check(input);
		Instant now = this.clock.instant();
		long id = this.entries.insert(actor.accountId(), input, year(input), Status.PENDING, actor.accountId(), now);
		this.entries.audit(id, "SUBMIT", actor.accountId(), null, now);
		return this.entries.find(id).orElseThrow();
	}

	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional
	public ExternalEntry approve(long entryId) {
		PelitaUser actor = CurrentUser.require();
		ExternalEntry entry = scoped(actor, entryId);
		Instant now = this.clock.instant();
		if (!this.entries.changeStatus(entryId, Status.PENDING, Status.COUNTED, null)) {
			throw new UserFacingException("jp.external.error.notPending");
		}
		this.ledger.credit(entry.accountId(), entry.year(), entry.jp(), JpEntry.EXTERNAL, entryId, entry.title(), now);
		this.entries.audit(entryId, "APPROVE", actor.accountId(), null, now);
		return this.entries.find(entryId).orElseThrow();
	}

	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional
	public ExternalEntry reject(long entryId, String reason) {
		PelitaUser actor = CurrentUser.require();
		scoped(actor, entryId);
		String why = reason(reason);
		if (!this.entries.changeStatus(entryId, Status.PENDING, Status.REJECTED, why)) {
			throw new UserFacingException("jp.external.error.notPending");
		}
		this.entries.audit(entryId, "REJECT", actor.accountId(), why, this.clock.instant());
		return this.entries.find(entryId).orElseThrow();
	}

	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional
	public ExternalEntry voidEntry(long entryId, String reason) {
		PelitaUser actor = CurrentUser.require();
		ExternalEntry entry = scoped(actor, entryId);
		String why = reason(reason);
		Instant now = this.clock.instant();
		if (!this.entries.changeStatus(entryId, Status.COUNTED, Status.VOIDED, why)) {
			throw new UserFacingException("jp.external.error.notCounted");
		}
		this.ledger.voidEntry(entry.accountId(), JpEntry.EXTERNAL, entryId, VoidReason.WITHDRAWN, now);
		this.entries.audit(entryId, "VOID", actor.accountId(), why, now);
		return this.entries.find(entryId).orElseThrow();
	}

	/** The employee's external entries of the year, for a coordinator of their agency or an administrator. */
	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<ExternalEntry> of(long accountId, int year) {
		checkScope(CurrentUser.require(), accountId);
		return this.entries.ofAccount(accountId, year);
	}

	/** The signed-in employee's own external entries of the year. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<ExternalEntry> mine(int year) {
		return this.entries.ofAccount(CurrentUser.require().accountId(), year);
	}

	private ExternalEntry scoped(PelitaUser actor, long entryId) {
		ExternalEntry entry = this.entries.find(entryId)
			.orElseThrow(() -> new UserFacingException("jp.external.error.notFound"));
		checkScope(actor, entry.accountId());
		return entry;
	}

	private void checkScope(PelitaUser actor, long accountId) {
		if (!actor.hasRole(Role.ADMIN)) {
			this.roster.employee(accountId);
		}
	}

	/** The year the JP counts in: the year of the training's last day, as the employee's calendar shows it. */
	private static int year(ExternalEntryInput input) {
		return input.endDate().getYear();
	}

	private static String reason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new UserFacingException("jp.external.error.reasonRequired");
		}
		return reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip();
	}

	private static void check(ExternalEntryInput input) {
		if (input.title() == null || input.title().isBlank() || input.title().length() > 300) {
			throw new UserFacingException("jp.external.error.title");
		}
		if (input.organiser() == null || input.organiser().isBlank() || input.organiser().length() > 200) {
			throw new UserFacingException("jp.external.error.organiser");
		}
		if (input.startDate() == null || input.endDate() == null || input.endDate().isBefore(input.startDate())) {
			throw new UserFacingException("jp.external.error.dates");
		}
		if (input.jp() == null || input.jp().signum() <= 0 || input.jp().compareTo(MAX_JP) > 0
				|| input.jp().scale() > 2) {
			throw new UserFacingException("jp.external.error.jp", MAX_JP);
		}
		if (input.type() == null) {
			throw new UserFacingException("jp.external.error.type");
		}
	}

}
