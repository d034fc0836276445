package id.pelita.certificate.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import id.pelita.certificate.CertificateNumber;
import id.pelita.certificate.CertificateStatus;
import id.pelita.certificate.VerificationCode;
import id.pelita.certificate.internal.template.CertificateTemplate;
import id.pelita.certificate.internal.template.TemplateProblem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues certificates: for a pending request (a completion) exactly one valid certificate per participant and
 * run, in two steps. First, in a short transaction: the request row is locked (duplicate events and racing nodes
 * wait for each other, and the second finds the work done), the snapshot is read, the number drawn and the
 * certificate inserted as {@code PREPARING} with its code and audit entry; the number's lock is held only for
 * these few statements. Then {@link CertificateFiles} renders, signs and stores the file outside any lock and
 * makes the certificate valid. A problem before the number is drawn leaves the request pending with its reason;
 * one after it keeps the number (no gap) and the sweep makes the file again.
 */
@Component
public class CertificateIssuer {

	public enum Outcome {

		ISSUED, ALREADY_ISSUED, NOT_REQUESTED, PENDING

	}

	/** How long an attempt at a certificate's file has it to itself before the sweep may try again. */
	static final Duration LEASE = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(CertificateIssuer.class);

	private final CertificateStore store;

	private final NumberSequence numbers;

	private final SettingsStore settings;

	private final TemplateCatalog templates;

	private final CertificateFiles files;

	private final Snapshot snapshot;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final CertificateAudit audit;

	CertificateIssuer(CertificateStore store, NumberSequence numbers, SettingsStore settings, TemplateCatalog templates,
			CertificateFiles files, Snapshot snapshot, PlatformTransactionManager transactionManager, Clock clock,
			CertificateAudit audit) {
		this.store = store;
		this.audit = audit;
		this.numbers = numbers;
		this.settings = settings;
		this.templates = templates;
		this.files = files;
		this.snapshot = snapshot;
		this.transactions = new TransactionTemplate(transactionManager);
		// its own transaction also when called from a listener's (which would otherwise be marked rollback-only)
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Records a completion (idempotent) and issues at once; a problem leaves it pending with the reason. */
	public Outcome completed(long runId, long accountId, Instant completedAt) {
		this.transactions.executeWithoutResult(
				status -> this.store.requestIssue(runId, accountId, completedAt, this.clock.instant()));
		return issue(runId, accountId);
	}

	/**
	 * Issues the certificate of a pending request, or makes the file of one left preparing; does nothing when it
	 * is issued already or another attempt is at its file.
	 */
	public Outcome issue(long runId, long accountId) {
		try {
			Step step = withRetries(() -> draw(runId, accountId, null, null));
			if (step.row() == null) {
				return step.outcome();
			}
			return this.files.finish(step.row()) ? Outcome.ISSUED : Outcome.ALREADY_ISSUED;
		}
		catch (RuntimeException ex) {
			recordProblem(runId, accountId, ex);
			return Outcome.PENDING;
		}
	}

	/**
	 * The sweep: issues (or finishes the file of) every request not touched since {@code before}, at most
	 * {@code limit}; how many certificates became valid.
	 */
	public int sweep(Instant before, int limit) {
		int issued = 0;
		for (CertificateStore.Request request : this.store.pending(before, limit)) {
			if (issue(request.runId(), request.accountId()) == Outcome.ISSUED) {
				issued++;
			}
		}
		return issued;
	}

	/**
	 * A new version of a valid certificate from fresh data (a corrected name, rank or official): numbered and
	 * audited at once, the old one superseded when the new one's file exists; its id.
	 */
	public long reissue(CertificateRow old, @Nullable Long actorId, String reason) {
		Step step = withRetries(() -> draw(old.runId(), old.accountId(), old, new Audit(actorId, reason)));
		CertificateRow row = step.row();
		if (row == null) {
			throw new IllegalStateException("Reissue of " + old.id() + " did not issue: " + step.outcome());
		}
		try {
			this.files.finish(row);
		}
		catch (RuntimeException ex) {
			recordProblem(row.runId(), row.accountId(), ex);
		}
		return row.id();
	}

	/**
	 * Tries again when a lock wait timed out (many issues of one pattern at once on a busy machine): the attempt
	 * rolled back whole, its number included, so trying again is safe.
	 */
	private static <T> T withRetries(Supplier<T> attempt) {
		for (int tries = 1;; tries++) {
			try {
				return attempt.get();
			}
			catch (PessimisticLockingFailureException | QueryTimeoutException ex) {
				if (tries >= 5) {
					throw ex;
				}
			}
		}
	}

	private record Audit(@Nullable Long actorId, String reason) {
	}

	/** What the first step did: a certificate now waiting for its file, or an outcome with nothing to do. */
	private record Step(Outcome outcome, @Nullable CertificateRow row) {

		static Step done(Outcome outcome) {
			return new Step(outcome, null);
		}

	}

	/**
	 * The first step: what the file will need is read and checked before the number is drawn (snapshot, template,
	 * official, signature image), so a known problem takes no number; then, in one short transaction, the number,
	 * the preparing row and its audit entry; or why there is nothing to do. A certificate left preparing goes on
	 * to its file without reading anything again: its row is its snapshot.
	 */
	private Step draw(long runId, long accountId, @Nullable CertificateRow replaces, @Nullable Audit audit) {
		Prepared prepared = replaces == null && this.store.preparing(runId, accountId).isPresent() ? null
				: prepare(runId, accountId);
		Step step = this.transactions.execute(status -> {
			Instant now = this.clock.instant();
			Optional<CertificateStore.Request> request = this.store.lockRequest(runId, accountId);
			Optional<CertificateRow> preparing = this.store.preparing(runId, accountId);
			if (preparing.isPresent()) {
				if (replaces != null) {
					throw new IllegalStateException("A reissue of " + replaces.id() + " is being prepared already");
				}
				if (request.isPresent() && request.get().updatedAt().isAfter(now.minus(LEASE))) {
					return Step.done(Outcome.ALREADY_ISSUED);
				}
				this.store.requestPreparing(runId, accountId, now);
				return new Step(Outcome.PENDING, preparing.get());
			}
			if (replaces == null) {
				if (request.isEmpty() || request.get().status().equals("REVOKED")) {
					return Step.done(Outcome.NOT_REQUESTED);
				}
				if (this.store.valid(runId, accountId).isPresent()) {
					this.store.requestDone(runId, accountId, "ISSUED", now);
					return Step.done(Outcome.ALREADY_ISSUED);
				}
			}
			else if (this.store.valid(runId, accountId).map(CertificateRow::id).filter(id -> id == replaces.id()).isEmpty()) {
				throw new IssueProblem("certificate.reissue.notValid", replaces.number());
			}
			if (prepared == null) {
				// it was finished between the look and the lock
				return Step.done(Outcome.ALREADY_ISSUED);
			}
			Instant completedAt = replaces != null ? replaces.completedAt() : request.orElseThrow().completedAt();
			CertificateRow row = numbered(prepared, runId, accountId, replaces, completedAt, now);
			if (replaces != null && audit != null) {
				this.audit.reissued(replaces, row, audit.reason());
			}
			else {
				this.audit.issued(row);
			}
			this.store.requestPreparing(runId, accountId, now);
			return new Step(Outcome.PENDING, row);
		});
		return step == null ? Step.done(Outcome.PENDING) : step;
	}

	/** Everything a new certificate is made of, read before its transaction. */
	private record Prepared(SettingsStore.Settings settings, CertificateNumber pattern, Snapshot.Facts facts,
			CertificateTemplate template, SettingsStore.Official official, int year) {
	}

	private Prepared prepare(long runId, long accountId) {
		SettingsStore.Settings current = this.settings.settings();
		CertificateNumber pattern = new CertificateNumber(current.numberPattern());
		Snapshot.Facts facts = this.snapshot.read(runId, accountId)
			.orElseThrow(() -> new IssueProblem("certificate.pending.noHolder", ""));
		CertificateTemplate template = this.templates.get(facts.template());
		SettingsStore.Official official = official(current);
		this.files.signature(official.signaturePath(), official.name());
		int year = this.clock.instant().atZone(facts.zone()).getYear();
		this.numbers.prepare(pattern.pattern(), year);
		return new Prepared(current, pattern, facts, template, official, year);
	}

	/** Draws the number (its counter row stays locked until the transaction commits) and inserts the row. */
	private CertificateRow numbered(Prepared prepared, long runId, long accountId, @Nullable CertificateRow replaces,
			Instant completedAt, Instant now) {
		Snapshot.Facts facts = prepared.facts();
		SettingsStore.Official official = prepared.official();
		long sequence = this.numbers.next(prepared.pattern().pattern(), prepared.year());
		var run = facts.run();
		String number = prepared.pattern().format(sequence, run.courseCode(), now.atZone(facts.zone()).toLocalDate());
		CertificateRow row = new CertificateRow(0, runId, accountId, this.store.lastVersion(runId, accountId) + 1,
				number, VerificationCode.generate(), CertificateStatus.PREPARING, now, completedAt,
				facts.holder().fullName(), facts.holder().nip(), facts.holder().rankGrade(), facts.holder().position(),
				facts.agencyName(), facts.holder().agencyId(), run.courseTitle(), run.courseCode(), run.name(),
				run.startsOn(), run.endsOn(), BigDecimal.valueOf(run.jp().hours()), facts.jpYear(completedAt),
				prepared.template().folder(), prepared.settings().issuer(), prepared.settings().issuePlace(),
				official.name(), official.nip(), official.title(), null, null, 0,
				replaces == null ? null : replaces.id(), null, null, official.signaturePath(), facts.zone().getId(),
				facts.topics());
		return row.withId(this.store.insert(row));
	}

	private SettingsStore.Official official(SettingsStore.Settings current) {
		if (current.officialId() == null) {
			throw new IssueProblem("certificate.pending.noOfficial", "");
		}
		return this.settings.official(current.officialId())
			.orElseThrow(() -> new IssueProblem("certificate.pending.noOfficial", ""));
	}

	/** Leaves the request pending with the reason, for the sweep and the organiser's report. */
	private void recordProblem(long runId, long accountId, RuntimeException ex) {
		String key;
		String detail;
		if (ex instanceof IssueProblem problem) {
			key = problem.key();
			detail = problem.detail();
		}
		else if (ex instanceof TemplateProblem problem) {
			key = problem.key();
			detail = problem.template() + "\u001f" + String.join("\u001f", strings(problem.arguments()));
		}
		else {
			log.warn("Certificate for run {} and account {} not issued", runId, accountId, ex);
			key = "certificate.pending.error";
			detail = String.valueOf(ex.getMessage());
		}
		this.transactions.executeWithoutResult(
				status -> this.store.requestProblem(runId, accountId, key, detail, this.clock.instant()));
	}

	private static String[] strings(Object[] arguments) {
		String[] result = new String[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			result[i] = String.valueOf(arguments[i]);
		}
		return result;
	}

}
