package id.pelita.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.pelita.agency.RosterEntry;
import id.pelita.agency.RosterFilter;
import id.pelita.agency.RosterService;
import id.pelita.agency.RosterSync;
import id.pelita.reporting.ExternalEntry.Status;
import id.pelita.reporting.internal.ExternalEntryStore;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.web.InvalidFields;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * JP from training outside the platform. A coordinator's entry (for an employee of their agency or its units) or an
 * administrator's counts at once; an employee's own entry, with its evidence, waits for a coordinator of their
 * agency, who approves or rejects it with a reason; a coordinator may void a counted entry with a reason. Counting
 * is a {@code jp_ledger_entry} row of source {@value JpEntry#EXTERNAL}; every change is audited in the same
 * transaction. Every bad field is reported at once ({@code InvalidFields}).
 */
@Service
public class ExternalTrainings {

	/** The most JP one external entry may carry. */
	public static final BigDecimal MAX_JP = new BigDecimal("200");

	private final ExternalEntryStore entries;

	private final ExternalCredits credits;

	private final ExternalEvidence evidence;

	private final JpScope scope;

	private final RosterSync roster;

	private final RosterService rosterService;

	private final Clock clock;

	ExternalTrainings(ExternalEntryStore entries, ExternalCredits credits, ExternalEvidence evidence, JpScope scope,
			RosterSync roster, RosterService rosterService, Clock clock) {
		this.entries = entries;
		this.credits = credits;
		this.evidence = evidence;
		this.scope = scope;
		this.roster = roster;
		this.rosterService = rosterService;
		this.clock = clock;
	}

	/** Records a training for an employee, with or without evidence; it counts at once. */
	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional
	public ExternalEntry record(long accountId, ExternalEntryInput input, @Nullable EvidenceUpload upload) {
		PelitaUser actor = CurrentUser.require();
		this.scope.check(actor, accountId);
		return this.credits.recordChecked(actor, accountId, ExternalEntryRules.check(input),
				this.evidence.store(upload), "CREATE");
	}

	/** Records a training without evidence. */
	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional
	public ExternalEntry record(long accountId, ExternalEntryInput input) {
		return record(accountId, input, null);
	}

	/**
	 * Records a training for the employee with this NIP in the coordinator's agency or its units (the REST API); an
	 * unknown NIP and one of another agency are alike not found. {@code unreadable} are the fields the caller could
	 * not read (a malformed date): they are reported with every other bad field at once.
	 */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional
	public ExternalEntry recordForNip(String nip, ExternalEntryInput input, List<InvalidFields.FieldProblem> unreadable) {
		long accountId = this.roster.employee(nip)
			.orElseThrow(() -> new UserFacingException("jp.api.error.notFound", nip.replace(" ", "")))
			.employee()
			.accountId();
		List<InvalidFields.FieldProblem> problems = new ArrayList<>(unreadable);
		ExternalEntryRules.problems(input)
			.stream()
			.filter(problem -> unreadable.stream().noneMatch(known -> known.field().equals(problem.field())))
			.forEach(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidFields(problems);
		}
		return record(accountId, input, null);
	}

	/** An employee submits their own training with its evidence; it waits for their coordinator. */
	@PreAuthorize("hasRole('PARTICIPANT')")
	@Transactional
	public ExternalEntry submit(ExternalEntryInput input, @Nullable EvidenceUpload upload) {
		PelitaUser actor = CurrentUser.require();
		ExternalEntryInput checked = ExternalEntryRules.check(input);
		if (upload == null) {
			throw new UserFacingException("jp.external.error.evidenceRequired");
		}
		ExternalEntryStore.Evidence stored = this.evidence.store(upload);
		Instant now = this.clock.instant();
		int year = ExternalCredits.year(checked);
		long id = this.entries.insert(actor.accountId(), checked, year, Status.PENDING, actor.accountId(), now, stored);
		this.entries.audit(id, "SUBMIT", actor.accountId(), null, now);
		return ExternalCredits.written(id, actor.accountId(), checked, year, Status.PENDING, stored);
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
		this.credits.credit(entry, now);
		this.entries.audit(entryId, "APPROVE", actor.accountId(), null, now);
		return entry.with(Status.COUNTED, null);
	}

	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional
	public ExternalEntry reject(long entryId, @Nullable String reason) {
		PelitaUser actor = CurrentUser.require();
		ExternalEntry entry = scoped(actor, entryId);
		String why = ExternalEntryRules.reason(reason);
		if (!this.entries.changeStatus(entryId, Status.PENDING, Status.REJECTED, why)) {
			throw new UserFacingException("jp.external.error.notPending");
		}
		this.entries.audit(entryId, "REJECT", actor.accountId(), why, this.clock.instant());
		return entry.with(Status.REJECTED, why);
	}

	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional
	public ExternalEntry voidEntry(long entryId, @Nullable String reason) {
		PelitaUser actor = CurrentUser.require();
		ExternalEntry entry = scoped(actor, entryId);
		String why = ExternalEntryRules.reason(reason);
		Instant now = this.clock.instant();
		if (!this.entries.changeStatus(entryId, Status.COUNTED, Status.VOIDED, why)) {
			throw new UserFacingException("jp.external.error.notCounted");
		}
		this.credits.withdraw(entry, now);
		this.entries.audit(entryId, "VOID", actor.accountId(), why, now);
		return entry.with(Status.VOIDED, why);
	}

	/** The employee's external entries of the year, for a coordinator of their agency or an administrator. */
	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<ExternalEntry> of(long accountId, int year) {
		this.scope.check(CurrentUser.require(), accountId);
		return this.entries.ofAccount(accountId, year);
	}

	/** The signed-in employee's own external entries of the year. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<ExternalEntry> mine(int year) {
		return this.entries.ofAccount(CurrentUser.require().accountId(), year);
	}

	/**
	 * A page of the submissions waiting for the coordinator, every one of their agency and its units, newest
	 * first, from {@code offset}, at most {@code limit} (up to {@value ExternalCredits#MAX_LIST}).
	 */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public List<AgencyExternalEntry> pending(long offset, int limit) {
		return this.entries.ofAgencies(this.scope.agencies(CurrentUser.require()), null, Status.PENDING, null,
				Math.max(0, offset), Math.clamp(limit, 1, ExternalCredits.MAX_LIST));
	}

	/** How many submissions wait for the coordinator. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public long countPending() {
		return this.entries.countOfAgencies(this.scope.agencies(CurrentUser.require()), null, Status.PENDING, null);
	}

	/**
	 * A page of the entries of the coordinator's agency and its units matching the filter, newest first, from
	 * {@code offset}, at most {@code limit} (up to {@value ExternalCredits#MAX_LIST}).
	 */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public List<AgencyExternalEntry> ofAgency(ExternalEntryFilter filter, long offset, int limit) {
		return this.entries.ofAgencies(this.scope.agencies(CurrentUser.require()), filter.year(), filter.status(),
				filter.text(), Math.max(0, offset), Math.clamp(limit, 1, ExternalCredits.MAX_LIST));
	}

	/** How many entries of the coordinator's agency and its units match the filter. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public long countOfAgency(ExternalEntryFilter filter) {
		return this.entries.countOfAgencies(this.scope.agencies(CurrentUser.require()), filter.year(),
				filter.status(), filter.text());
	}

	/** The coordinator's employees whose name or NIP contains the text, to pick whom an entry is for. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public List<RosterEntry> employees(@Nullable String text) {
		return this.rosterService.roster(new RosterFilter(text, null, null));
	}

	private ExternalEntry scoped(PelitaUser actor, long entryId) {
		ExternalEntry entry = this.entries.find(entryId)
			.orElseThrow(() -> new UserFacingException("jp.external.error.notFound"));
		this.scope.check(actor, Objects.requireNonNull(entry).accountId());
		return entry;
	}

}
