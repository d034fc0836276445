package id.pelita.operations.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import id.pelita.certificate.SigningKeyStatus;
import id.pelita.liveclass.ZoomStatus;
import id.pelita.notification.MailStatus;
import id.pelita.operations.Checked;
import id.pelita.operations.DatabaseStatus;
import id.pelita.operations.JitsiStatus;
import id.pelita.operations.QuartzStatus;
import id.pelita.operations.StorageStatus;
import id.pelita.shared.time.IndonesianTime;
import org.jspecify.annotations.Nullable;

/** Builds the card of each outside system from its status, with times in the reader's zone and language. */
final class IntegrationCards {

	private final Component page;

	private final Locale locale;

	private final ZoneId zone;

	private final Instant now;

	IntegrationCards(Component page, Locale locale, ZoneId zone, Instant now) {
		this.page = page;
		this.locale = locale;
		this.zone = zone;
		this.now = now;
	}

	IntegrationCard zoom(Checked<ZoomStatus> checked) {
		ZoomStatus zoom = checked.status();
		return new IntegrationCard("zoom", text("integrations.zoom.title"), checked.level())
			.fact("integrations.zoom.configured", yesNo(zoom.configured()))
			.fact("integrations.zoom.lastSuccess", time(zoom.lastSuccessAt()))
			.fact("integrations.zoom.lastError", joined(time(zoom.lastErrorAt()), zoom.lastError()));
	}

	IntegrationCard jitsi(Checked<JitsiStatus> checked) {
		JitsiStatus jitsi = checked.status();
		return new IntegrationCard("jitsi", text("integrations.jitsi.title"), checked.level())
			.fact("integrations.jitsi.domain", jitsi.domain())
			.fact("integrations.jitsi.tokenAuth", yesNo(jitsi.tokenAuth()))
			.fact("integrations.jitsi.script", jitsi.scriptUrl())
			.fact("integrations.jitsi.lastChecked", time(jitsi.lastCheckedAt()))
			.fact("integrations.jitsi.lastError", jitsi.lastError() == null ? "" : jitsi.lastError());
	}

	IntegrationCard mail(Checked<MailStatus> checked) {
		MailStatus mail = checked.status();
		String server = !mail.configured() ? text("integrations.mail.notConfigured")
				: mail.port() > 0 ? mail.host() + ":" + mail.port() : mail.host();
		return new IntegrationCard("smtp", text("integrations.mail.title"), checked.level())
			.fact("integrations.mail.server", server)
			.fact("integrations.mail.lastDelivery", time(mail.lastDeliveryAt()))
			.fact("integrations.mail.backlog", String.valueOf(mail.backlog()))
			.fact("integrations.mail.failed", String.valueOf(mail.failed()))
			.fact("integrations.mail.lastFailure", mail.lastFailure() == null ? "" : mail.lastFailure());
	}

	IntegrationCard signingKey(Checked<SigningKeyStatus> checked) {
		SigningKeyStatus key = checked.status();
		IntegrationCard card = new IntegrationCard("signing-key", text("integrations.key.title"), checked.level());
		if (key.error() != null || key.notAfter() == null) {
			return card.fact("integrations.key.error", String.valueOf(key.error()));
		}
		long days = Duration.between(this.now, key.notAfter()).toDays();
		String expiry = key.notAfter().isAfter(this.now) ? text("integrations.key.expiresIn", days)
				: text("integrations.key.expired");
		return card.fact("integrations.key.subject", String.valueOf(key.subject()))
			.fact("integrations.key.issuer", String.valueOf(key.issuer()))
			.fact("integrations.key.validUntil", time(key.notAfter()) + " (" + expiry + ")");
	}

	IntegrationCard storage(Checked<StorageStatus> checked) {
		StorageStatus storage = checked.status();
		return new IntegrationCard("storage", text("integrations.storage.title"), checked.level())
			.fact("integrations.storage.directory", storage.directory())
			.fact("integrations.storage.free",
					text("integrations.storage.freeOf", bytes(storage.usableBytes()), bytes(storage.totalBytes())))
			.fact("integrations.storage.writable", yesNo(storage.writable()))
			.fact("integrations.storage.error", storage.error() == null ? "" : storage.error());
	}

	IntegrationCard quartz(Checked<QuartzStatus> checked) {
		QuartzStatus quartz = checked.status();
		IntegrationCard card = new IntegrationCard("quartz", text("integrations.quartz.title"), checked.level())
			.fact("integrations.quartz.scheduler", quartz.schedulerName())
			.fact("integrations.quartz.startedHere", yesNo(quartz.startedHere()))
			.fact("integrations.quartz.nodes", quartz.liveNodes() + "/" + quartz.nodes().size())
			.fact("integrations.quartz.misfired", String.valueOf(quartz.misfiredTriggers()));
		for (QuartzStatus.Node node : quartz.nodes()) {
			card.facts.add(new com.vaadin.flow.component.html.Div(text("integrations.quartz.node", node.instanceId())
					+ ": " + text("integrations.quartz.checkIn", time(node.lastCheckIn()))
					+ (node.stale() ? " " + text("integrations.quartz.stale") : "")));
		}
		return quartz.error() == null ? card : card.fact("integrations.quartz.error", quartz.error());
	}

	IntegrationCard database(Checked<DatabaseStatus> checked) {
		DatabaseStatus database = checked.status();
		IntegrationCard card = new IntegrationCard("database", text("integrations.database.title"), checked.level())
			.fact("integrations.database.product",
					database.embedded() ? text("integrations.database.embedded") : database.product())
			.fact("integrations.database.version", database.version());
		return database.error() == null ? card : card.fact("integrations.database.error", database.error());
	}

	private String time(@Nullable Instant instant) {
		return instant == null ? "" : IndonesianTime.dateTime(instant, this.zone, this.locale);
	}

	private String yesNo(boolean value) {
		return text(value ? "integrations.yes" : "integrations.no");
	}

	private static String joined(String first, @Nullable String second) {
		return second == null || second.isBlank() ? first : first + ": " + second;
	}

	static String bytes(long bytes) {
		double gib = bytes / (1024.0 * 1024 * 1024);
		return gib >= 1 ? String.format(Locale.ROOT, "%.1f GB", gib)
				: String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024));
	}

	private String text(String key, Object... arguments) {
		return this.page.getTranslation(this.locale, key, arguments);
	}

}
