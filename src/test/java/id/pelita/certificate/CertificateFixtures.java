package id.pelita.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import id.pelita.certificate.internal.CertificateIssuer;
import id.pelita.certificate.internal.CertificateRow;
import id.pelita.certificate.internal.CertificateStore;
import id.pelita.certificate.internal.SettingsStore;
import id.pelita.identity.PersonRef;
import id.pelita.shared.files.FileStore;
import id.pelita.support.Await;

import org.springframework.context.ApplicationContext;

/**
 * Issued certificates for view and journey tests: a completion handed to the issuer, then a wait until the
 * certificate and its stored PDF are there (issuing may finish the file after the row exists).
 */
public final class CertificateFixtures {

	private static final Duration WAIT = Duration.ofSeconds(60);

	private final ApplicationContext context;

	public CertificateFixtures(ApplicationContext context) {
		this.context = context;
		SettingsStore settings = context.getBean(SettingsStore.class);
		Await.until("the demo official's signature", WAIT, () -> settings.officials()
			.stream()
			.anyMatch(official -> official.signaturePath() != null
					&& official.id() == settings.settings().officialId()));
	}

	/** Issues the participant's certificate of the run and waits for it and its file. */
	public CertificateRow issue(long runId, PersonRef person) {
		return issue(runId, person, Instant.now());
	}

	/** Issues the certificate of a completion at {@code completedAt} (its JP count in that year). */
	public CertificateRow issue(long runId, PersonRef person, Instant completedAt) {
		this.context.getBean(CertificateIssuer.class).completed(runId, person.accountId(), completedAt);
		return issued(runId, person.accountId());
	}

	/** Waits until the valid certificate of the participant and run and its stored PDF are there. */
	public CertificateRow issued(long runId, long accountId) {
		CertificateStore store = this.context.getBean(CertificateStore.class);
		Await.until("the certificate of account " + accountId, WAIT,
				() -> store.valid(runId, accountId).flatMap(this::content).isPresent());
		return store.valid(runId, accountId).orElseThrow();
	}

	/** The stored PDF of the certificate. */
	public byte[] pdf(CertificateRow row) {
		return content(row).orElseThrow();
	}

	public CertificateRow find(long certificateId) {
		return this.context.getBean(CertificateStore.class).find(certificateId).orElseThrow();
	}

	private Optional<byte[]> content(CertificateRow row) {
		if (row.pdfPath() == null) {
			return Optional.empty();
		}
		Optional<InputStream> in = this.context.getBean(FileStore.class).open(row.pdfPath());
		if (in.isEmpty()) {
			return Optional.empty();
		}
		try (InputStream stream = in.get()) {
			return Optional.of(stream.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
