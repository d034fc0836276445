package id.pelita.operations;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import id.pelita.operations.internal.privacy.PersonalDataArchive;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's copy of their own data (UU PDP): profile, enrolments, attendance, quiz attempts, completions,
 * certificates with their PDFs, JP ledger and notices, as a ZIP of JSON and PDF files. Only ever the signed-in
 * person's own: there is no way to ask for someone else's. Each download is recorded in the audit log.
 */
@Service
public class PersonalDataService {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

	private final PersonalDataArchive archive;

	private final AuditLog log;

	private final Clock clock;

	PersonalDataService(PersonalDataArchive archive, AuditLog log, Clock clock) {
		this.archive = archive;
		this.log = log;
		this.clock = clock;
	}

	/** The file name of the signed-in person's download. */
	@PreAuthorize("isAuthenticated()")
	public String fileName() {
		return "data-pribadi-" + CurrentUser.require().getUsername() + "-" + DAY.format(this.clock.instant()) + ".zip";
	}

	/** The signed-in person's data as a ZIP. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public byte[] myData() {
		PelitaUser me = CurrentUser.require();
		Instant now = this.clock.instant();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int items = this.archive.write(me.accountId(), now, out);
		Map<String, @Nullable Object> facts = new LinkedHashMap<>();
		facts.put("items", items);
		facts.put("bytes", out.size());
		this.log.recordOnItsOwn(AuditEntry.of(AuditAction.PERSONAL_DATA_DOWNLOADED, AuditObject.ACCOUNT, me.accountId())
			.about(me.accountId(), me.agencyId())
			.facts(facts));
		return out.toByteArray();
	}

}
