package id.pelita.operations;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import id.pelita.liveclass.ZoomCheck;
import id.pelita.notification.MailCheck;
import id.pelita.operations.internal.IntegrationProbes;
import id.pelita.operations.internal.JitsiProbe;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.i18n.Translations;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The integration checks of {@code /admin/integrasi}, for administrators only: the status of every outside
 * system, and the three tests (a test e-mail, a Zoom meeting created and deleted, Jitsi's script fetched), each
 * answering success or the exact error in the administrator's language and recorded in the audit log as
 * {@code INTEGRATION_TESTED} (bad input, such as a malformed address, is refused before anything is tried).
 */
@Service
public class IntegrationService {

	private final IntegrationProbes probes;

	private final MailCheck mail;

	private final ZoomCheck zoom;

	private final JitsiProbe jitsi;

	private final AuditLog audit;

	private final Translations translations;

	IntegrationService(IntegrationProbes probes, MailCheck mail, ZoomCheck zoom, JitsiProbe jitsi, AuditLog audit,
			Translations translations) {
		this.probes = probes;
		this.mail = mail;
		this.zoom = zoom;
		this.jitsi = jitsi;
		this.audit = audit;
		this.translations = translations;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public IntegrationOverview overview() {
		return this.probes.overview();
	}

	/** Sends a test e-mail to {@code address} over the configured SMTP server. */
	@PreAuthorize("hasRole('ADMIN')")
	public IntegrationTestResult sendTestMail(String address, Locale locale) {
		String to = address == null ? "" : address.strip();
		try {
			this.mail.sendTest(to, locale);
			return audited("SMTP", to, result(true, "integrations.test.mail.ok", locale, to));
		}
		catch (MailCheck.Failed failed) {
			return audited("SMTP", to, result(false, "integrations.test.mail.failed", locale, failed.getMessage()));
		}
	}

	/** Creates a Zoom meeting and deletes it again, through the client the sessions use. */
	@PreAuthorize("hasRole('ADMIN')")
	public IntegrationTestResult testZoom(Locale locale) {
		try {
			String meetingId = this.zoom.testMeeting();
			return audited("ZOOM", null, result(true, "integrations.test.zoom.ok", locale, meetingId));
		}
		catch (ZoomCheck.Failed failed) {
			return audited("ZOOM", null, result(false, "integrations.test.zoom.failed", locale, failed.getMessage()));
		}
	}

	/** Fetches the Jitsi server's {@code external_api.js}. */
	@PreAuthorize("hasRole('ADMIN')")
	public IntegrationTestResult testJitsi(Locale locale) {
		String error = this.jitsi.fetch();
		String script = this.jitsi.status().scriptUrl();
		return audited("JITSI", null, error == null ? result(true, "integrations.test.jitsi.ok", locale, script)
				: result(false, "integrations.test.jitsi.failed", locale, error));
	}

	private IntegrationTestResult result(boolean success, String key, Locale locale, @Nullable Object argument) {
		return new IntegrationTestResult(success,
				this.translations.translate(key, locale, argument == null ? "" : argument));
	}

	private IntegrationTestResult audited(String system, @Nullable String address, IntegrationTestResult result) {
		Map<String, @Nullable Object> facts = new LinkedHashMap<>();
		if (address != null) {
			facts.put("address", address);
		}
		facts.put("success", result.success());
		facts.put("message", result.message());
		this.audit.recordOnItsOwn(AuditEntry.of(AuditAction.INTEGRATION_TESTED, AuditObject.INTEGRATION, system)
			.facts(facts));
		return result;
	}

}
