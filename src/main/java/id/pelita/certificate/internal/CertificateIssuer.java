package id.pelita.certificate.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import id.pelita.certificate.CertificateIssued;
import id.pelita.certificate.CertificateNumber;
import id.pelita.certificate.CertificateStatus;
import id.pelita.certificate.VerificationCode;
import id.pelita.certificate.internal.template.CertificateRenderer;
import id.pelita.certificate.internal.template.CertificateTemplate;
import id.pelita.certificate.internal.template.TemplateProblem;
import id.pelita.shared.PublicUrl;
import id.pelita.shared.files.FileStore;
import id.pelita.shared.files.FileType;
import id.pelita.shared.files.StoredFile;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues certificates: for a pending request (a completion) exactly one valid certificate per participant and
 * run. The request row is locked first, so duplicate events and racing nodes wait for each other and the second
 * finds the work done; the unique (run, account, version) key backs this up. Everything of one issue (number,
 * PDF, row, request, event) commits together or not at all; a failure leaves the request pending with its
 * reason, for the sweep and the organiser's report.
 */
@Component
public class CertificateIssuer {

	public enum Outcome {

		ISSUED, ALREADY_ISSUED, NOT_REQUESTED, PENDING

	}

	static final String FOLDER = "certificates";

	private static final Logger log = LoggerFactory.getLogger(CertificateIssuer.class);

	private final CertificateStore store;

	private final NumberSequence numbers;

	private final SettingsStore settings;

	private final TemplateCatalog templates;

	private final Signing signing;

	private final FileStore files;

	private final Snapshot snapshot;

	private final PublicUrl publicUrl;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CertificateIssuer(CertificateStore store, NumberSequence numbers, SettingsStore settings, TemplateCatalog templates,
			Signing signing, FileStore files, Snapshot snapshot, PublicUrl publicUrl, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.store = store;
		this.numbers = numbers;
		this.settings = settings;
		this.templates = templates;
		this.signing = signing;
		this.files = files;
		this.snapshot = snapshot;
		this.publicUrl = publicUrl;
		this.events = events;
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

	/** Issues the certificate of a pending request; does nothing when it is issued already. */
	public Outcome issue(long runId, long accountId) {
		try {
			return withRetries(() -> issue(runId, accountId, null, null));
		}
		catch (IssueProblem problem) {
			recordProblem(runId, accountId, problem.key(), problem.detail());
			return Outcome.PENDING;
		}
		catch (TemplateProblem problem) {
			recordProblem(runId, accountId, problem.key(),
					problem.template() + "\u001f" + String.join("\u001f", strings(problem.arguments())));
			return Outcome.PENDING;
		}
		catch (RuntimeException ex) {
			log.warn("Certificate for run {} and account {} not issued", runId, accountId, ex);
			recordProblem(runId, accountId, "certificate.pending.error", String.valueOf(ex.getMessage()));
			return Outcome.PENDING;
		}
	}

	/**
	 * A new version of a valid certificate from fresh data (a corrected name, rank or official), in one
	 * transaction with marking the old one superseded; its id.
	 */
	public long reissue(CertificateRow old, @Nullable Long actorId, String reason) {
		Outcome outcome = withRetries(() -> issue(old.runId(), old.accountId(), old, new Audit(actorId, reason)));
		if (outcome != Outcome.ISSUED) {
			throw new IllegalStateException("Reissue of " + old.id() + " did not issue: " + outcome);
		}
		return this.store.valid(old.runId(), old.accountId()).orElseThrow().id();
	}

	/**
	 * Tries again when a lock wait timed out (many issues of one pattern at once on a busy machine): the attempt
	 * rolled back whole, its number included, so trying again is safe.
	 */
	private static Outcome withRetries(java.util.function.Supplier<Outcome> attempt) {
		for (int tries = 1;; tries++) {
			try {
				return attempt.get();
			}
			catch (org.springframework.dao.PessimisticLockingFailureException
					| org.springframework.dao.QueryTimeoutException ex) {
				if (tries >= 5) {
					throw ex;
				}
			}
		}
	}

	private record Audit(@Nullable Long actorId, String reason) {
	}

	private Outcome issue(long runId, long accountId, @Nullable CertificateRow replaces, @Nullable Audit audit) {
		SettingsStore.Settings current = this.settings.settings();
		CertificateNumber pattern = new CertificateNumber(current.numberPattern());
		Instant now = this.clock.instant();
		Snapshot.Facts facts = this.snapshot.read(runId, accountId)
			.orElseThrow(() -> new IssueProblem("certificate.pending.noHolder", ""));
		CertificateTemplate template = this.templates.get(facts.template());
		SettingsStore.Official official = official(current);
		byte[] signature = signatureImage(official);
		int year = now.atZone(facts.zone()).getYear();
		this.numbers.prepare(pattern.pattern(), year);
		return this.transactions.execute(status -> {
			Optional<CertificateStore.Request> request = this.store.lockRequest(runId, accountId);
			if (replaces == null) {
				if (request.isEmpty() || request.get().status().equals("REVOKED")) {
					return Outcome.NOT_REQUESTED;
				}
				if (this.store.valid(runId, accountId).isPresent()) {
					this.store.requestDone(runId, accountId, "ISSUED", now);
					return Outcome.ALREADY_ISSUED;
				}
			}
			else if (this.store.valid(runId, accountId).map(CertificateRow::id).filter(id -> id == replaces.id()).isEmpty()) {
				throw new IssueProblem("certificate.reissue.notValid", replaces.number());
			}
			Instant completedAt = replaces != null ? replaces.completedAt() : request.get().completedAt();
			long sequence = this.numbers.next(pattern.pattern(), year);
			String number = pattern.format(sequence, facts.run().courseCode(), now.atZone(facts.zone()).toLocalDate());
			String code = VerificationCode.generate();
			var run = facts.run();
			CertificateRow row = new CertificateRow(0, runId, accountId, this.store.lastVersion(runId, accountId) + 1,
					number, code, CertificateStatus.VALID, now, completedAt, facts.holder().fullName(),
					facts.holder().nip(), facts.holder().rankGrade(), facts.holder().position(), facts.agencyName(),
					facts.holder().agencyId(), run.courseTitle(), run.courseCode(), run.name(), run.startsOn(),
					run.endsOn(), BigDecimal.valueOf(run.jp().hours()), facts.jpYear(completedAt), template.folder(),
					current.issuer(), current.issuePlace(), official.name(), official.nip(), official.title(), "", "",
					0, replaces == null ? null : replaces.id(), null, null);
			String link = this.publicUrl.link("/verifikasi/" + code);
			byte[] pdf = CertificateRenderer.render(template, Snapshot.content(row, link, signature, facts.zone()));
			byte[] signed = this.signing.sign(pdf, "Sertifikat (STTP) " + number, current.issuePlace(), now);
			StoredFile file = this.files.store(FOLDER, signed, FileType.PDF);
			if (file.created()) {
				deleteOnRollback(file.relativePath());
			}
			long id = this.store.insert(row.withFile(file.relativePath(), file.sha256(), file.size()));
			if (replaces != null) {
				this.store.markSuperseded(replaces.id());
				this.store.audit(replaces.id(), "SUPERSEDED", audit.actorId(), audit.reason(), now);
				this.store.audit(id, "REISSUED", audit.actorId(), audit.reason(), now);
			}
			else {
				this.store.audit(id, "ISSUED", null, null, now);
			}
			this.store.requestDone(runId, accountId, "ISSUED", now);
			this.events.publishEvent(new CertificateIssued(id, runId, accountId, number, row.jp(), row.jpYear(), now,
					replaces == null ? null : replaces.id()));
			return Outcome.ISSUED;
		});
	}

	private SettingsStore.Official official(SettingsStore.Settings current) {
		if (current.officialId() == null) {
			throw new IssueProblem("certificate.pending.noOfficial", "");
		}
		return this.settings.official(current.officialId())
			.orElseThrow(() -> new IssueProblem("certificate.pending.noOfficial", ""));
	}

	private byte[] signatureImage(SettingsStore.Official official) {
		if (official.signaturePath() == null) {
			throw new IssueProblem("certificate.pending.noSignature", official.name());
		}
		try (InputStream in = this.files.open(official.signaturePath())
			.orElseThrow(() -> new IssueProblem("certificate.pending.noSignature", official.name()))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IssueProblem("certificate.pending.noSignature", official.name());
		}
	}

	private void recordProblem(long runId, long accountId, String key, String detail) {
		this.transactions.executeWithoutResult(
				status -> this.store.requestProblem(runId, accountId, key, detail, this.clock.instant()));
	}

	private void deleteOnRollback(String relativePath) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_ROLLED_BACK) {
					CertificateIssuer.this.files.delete(relativePath);
				}
			}
		});
	}

	private static String[] strings(Object[] arguments) {
		String[] result = new String[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			result[i] = String.valueOf(arguments[i]);
		}
		return result;
	}

}
