package id.pelita.certificate.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.ConcurrentHashMap;

import id.pelita.certificate.CertificateIssued;
import id.pelita.certificate.internal.template.CertificateRenderer;
import id.pelita.certificate.internal.template.CertificateTemplate;
import id.pelita.shared.PublicUrl;
import id.pelita.shared.files.FileStore;
import id.pelita.shared.files.FileType;
import id.pelita.shared.files.StoredFile;
import id.pelita.shared.time.IndonesianTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second step of issuing: the file of a numbered ({@code PREPARING}) certificate, rendered from its own
 * snapshot, signed and stored outside any lock; then, in a short transaction of its own, the certificate becomes
 * valid with its file and SHA-256, a reissue's predecessor is superseded, the request is done and
 * {@link CertificateIssued} is published (the JP credit and the mail). Two attempts at the same certificate (a
 * sweep on another node) both may render; only the one that finds it still preparing records its file, the other
 * removes its own.
 */
@Component
class CertificateFiles {

	static final String FOLDER = "certificates";

	private final CertificateStore store;

	private final TemplateCatalog templates;

	private final Signing signing;

	private final FileStore files;

	private final PublicUrl publicUrl;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/** Signature images by stored path: a path names its content ({@code <folder>/<sha256>.<ext>}), never changes. */
	private final ConcurrentHashMap<String, byte[]> signatures = new ConcurrentHashMap<>();

	CertificateFiles(CertificateStore store, TemplateCatalog templates, Signing signing, FileStore files,
			PublicUrl publicUrl, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.store = store;
		this.templates = templates;
		this.signing = signing;
		this.files = files;
		this.publicUrl = publicUrl;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Makes the file and marks the certificate valid; false when another attempt did it first or it was revoked. */
	boolean finish(CertificateRow row) {
		CertificateTemplate template = this.templates.get(row.template());
		ZoneId zone = row.holderZone() == null ? IndonesianTime.DEFAULT_ZONE : ZoneId.of(row.holderZone());
		String link = this.publicUrl.link("/verifikasi/" + row.code());
		byte[] signed = CertificateRenderer.render(template,
				Snapshot.content(row, link, signature(row.signaturePath(), row.officialName()), zone),
				this.signing.signature("Sertifikat (STTP) " + row.number(), row.issuePlace(), this.clock.instant()));
		StoredFile file = this.files.store(FOLDER, signed, FileType.PDF);
		Boolean ready = this.transactions.execute(status -> {
			if (file.created()) {
				deleteOnRollback(file.relativePath());
			}
			this.store.lockRequest(row.runId(), row.accountId());
			if (!this.store.markReady(row.id(), file.relativePath(), file.sha256(), file.size())) {
				return false;
			}
			if (row.supersedesId() != null) {
				this.store.markSuperseded(row.supersedesId());
			}
			this.store.requestDone(row.runId(), row.accountId(), "ISSUED", this.clock.instant());
			this.events.publishEvent(new CertificateIssued(row.id(), row.runId(), row.accountId(), row.number(),
					row.jp(), row.jpYear(), row.issuedAt(), row.supersedesId()));
			return true;
		});
		// only a file no certificate refers to (identical bytes from two attempts would share one path)
		if (!Boolean.TRUE.equals(ready) && file.created() && this.store.findBySha256(file.sha256()).isEmpty()) {
			this.files.delete(file.relativePath());
		}
		return Boolean.TRUE.equals(ready);
	}

	/** The official's signature image stored at {@code path}; an {@link IssueProblem} when there is none. */
	byte[] signature(@org.jspecify.annotations.Nullable String path, String officialName) {
		if (path == null) {
			throw new IssueProblem("certificate.pending.noSignature", officialName);
		}
		byte[] cached = this.signatures.get(path);
		if (cached != null) {
			return cached;
		}
		try (InputStream in = this.files.open(path)
			.orElseThrow(() -> new IssueProblem("certificate.pending.noSignature", officialName))) {
			byte[] bytes = in.readAllBytes();
			if (this.signatures.size() < 64) {
				this.signatures.put(path, bytes);
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new IssueProblem("certificate.pending.noSignature", officialName);
		}
	}

	private void deleteOnRollback(String relativePath) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_ROLLED_BACK) {
					CertificateFiles.this.files.delete(relativePath);
				}
			}
		});
	}

}
