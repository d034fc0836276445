package id.pelita.operations.internal;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import javax.sql.DataSource;

import id.pelita.certificate.SigningKeyCheck;
import id.pelita.certificate.SigningKeyStatus;
import id.pelita.liveclass.ZoomCheck;
import id.pelita.liveclass.ZoomStatus;
import id.pelita.notification.MailCheck;
import id.pelita.notification.MailStatus;
import id.pelita.operations.Checked;
import id.pelita.operations.DatabaseStatus;
import id.pelita.operations.IntegrationLevel;
import id.pelita.operations.IntegrationOverview;
import id.pelita.operations.IntegrationSettings;
import id.pelita.operations.JitsiStatus;
import id.pelita.operations.QuartzStatus;
import id.pelita.operations.StorageStatus;

import org.springframework.stereotype.Component;

/**
 * Looks at each outside system and says how it stands ({@link IntegrationLevel}), for the page and the health
 * contributors alike. Nothing here calls the internet: Zoom's status comes from the outcome of its real calls,
 * Jitsi's from the last test fetch.
 */
@Component
public class IntegrationProbes {

	private final ZoomCheck zoom;

	private final JitsiProbe jitsi;

	private final MailCheck mail;

	private final SigningKeyCheck signingKey;

	private final QuartzCluster quartz;

	private final id.pelita.shared.files.FileStore files;

	private final DataSource dataSource;

	private final IntegrationSettings settings;

	private final Clock clock;

	IntegrationProbes(ZoomCheck zoom, JitsiProbe jitsi, MailCheck mail, SigningKeyCheck signingKey,
			QuartzCluster quartz, id.pelita.shared.files.FileStore files, DataSource dataSource,
			IntegrationSettings settings, Clock clock) {
		this.zoom = zoom;
		this.jitsi = jitsi;
		this.mail = mail;
		this.signingKey = signingKey;
		this.quartz = quartz;
		this.files = files;
		this.dataSource = dataSource;
		this.settings = settings;
		this.clock = clock;
	}

	public IntegrationOverview overview() {
		return new IntegrationOverview(this.clock.instant(), zoom(), jitsi(), mail(), signingKey(), storage(), quartz(),
				database());
	}

	public Checked<ZoomStatus> zoom() {
		ZoomStatus status = this.zoom.status();
		IntegrationLevel level = !status.configured() ? IntegrationLevel.UNKNOWN
				: status.failing() ? IntegrationLevel.WARNING : IntegrationLevel.OK;
		return new Checked<>(level, status);
	}

	public Checked<JitsiStatus> jitsi() {
		JitsiStatus status = this.jitsi.status();
		IntegrationLevel level = status.lastCheckedAt() == null ? IntegrationLevel.UNKNOWN
				: status.lastError() != null ? IntegrationLevel.WARNING : IntegrationLevel.OK;
		return new Checked<>(level, status);
	}

	public Checked<MailStatus> mail() {
		MailStatus status = this.mail.status();
		IntegrationLevel level = !status.configured() ? IntegrationLevel.UNKNOWN
				: status.failed() > 0 ? IntegrationLevel.WARNING : IntegrationLevel.OK;
		return new Checked<>(level, status);
	}

	public Checked<SigningKeyStatus> signingKey() {
		SigningKeyStatus status = this.signingKey.status();
		return new Checked<>(signingKeyLevel(status, this.clock.instant()), status);
	}

	/** Unreadable, expired or not yet valid: an error; expiring within {@code pelita.integrations.key-warning}: a warning. */
	public IntegrationLevel signingKeyLevel(SigningKeyStatus status, Instant now) {
		Instant notAfter = status.notAfter();
		Instant notBefore = status.notBefore();
		if (status.error() != null || notAfter == null || notBefore == null || !notAfter.isAfter(now)
				|| notBefore.isAfter(now)) {
			return IntegrationLevel.ERROR;
		}
		return notAfter.isBefore(now.plus(this.settings.keyWarning())) ? IntegrationLevel.WARNING : IntegrationLevel.OK;
	}

	public Checked<StorageStatus> storage() {
		Path root = this.files.root().toAbsolutePath().normalize();
		try {
			if (!Files.isDirectory(root)) {
				return new Checked<>(IntegrationLevel.ERROR,
						new StorageStatus(root.toString(), 0, 0, false, "The directory does not exist"));
			}
			FileStore store = Files.getFileStore(root);
			StorageStatus status = new StorageStatus(root.toString(), store.getUsableSpace(), store.getTotalSpace(),
					Files.isWritable(root), null);
			IntegrationLevel level = !status.writable() ? IntegrationLevel.ERROR
					: status.usableBytes() < this.settings.minFreeSpace().toBytes() ? IntegrationLevel.WARNING
							: IntegrationLevel.OK;
			return new Checked<>(level, status);
		}
		catch (IOException ex) {
			return new Checked<>(IntegrationLevel.ERROR,
					new StorageStatus(root.toString(), 0, 0, false, String.valueOf(ex.getMessage())));
		}
	}

	public Checked<QuartzStatus> quartz() {
		QuartzStatus status = this.quartz.status();
		IntegrationLevel level;
		if (status.error() != null) {
			level = IntegrationLevel.ERROR;
		}
		else if (status.liveNodes() == 0) {
			level = status.startedHere() ? IntegrationLevel.ERROR : IntegrationLevel.UNKNOWN;
		}
		else {
			level = status.misfiredTriggers() > 0 || status.liveNodes() < status.nodes().size()
					? IntegrationLevel.WARNING : IntegrationLevel.OK;
		}
		return new Checked<>(level, status);
	}

	public Checked<DatabaseStatus> database() {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String product = meta.getDatabaseProductName();
			return new Checked<>(IntegrationLevel.OK, new DatabaseStatus(product, meta.getDatabaseProductVersion(),
					product.toLowerCase(Locale.ROOT).contains("h2"), null));
		}
		catch (SQLException ex) {
			return new Checked<>(IntegrationLevel.ERROR,
					new DatabaseStatus("?", "?", false, String.valueOf(ex.getMessage())));
		}
	}

}
