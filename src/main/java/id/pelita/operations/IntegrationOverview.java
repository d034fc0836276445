package id.pelita.operations;

import java.time.Instant;

import id.pelita.certificate.SigningKeyStatus;
import id.pelita.liveclass.ZoomStatus;
import id.pelita.notification.MailStatus;

/** Every outside system's status at {@code checkedAt}, as {@code /admin/integrasi} shows it. */
public record IntegrationOverview(Instant checkedAt, Checked<ZoomStatus> zoom, Checked<JitsiStatus> jitsi,
		Checked<MailStatus> mail, Checked<SigningKeyStatus> signingKey, Checked<StorageStatus> storage,
		Checked<QuartzStatus> quartz, Checked<DatabaseStatus> database) {
}
