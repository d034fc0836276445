package id.pelita.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import id.pelita.reporting.ExternalEntry.Status;
import id.pelita.reporting.JpEntry.VoidReason;
import id.pelita.reporting.internal.ExternalEntryStore;
import id.pelita.reporting.internal.JpLedgerStore;
import id.pelita.shared.security.PelitaUser;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The writes that make an external entry count or stop counting, shared by the single entry, the bulk upload and
 * the API: the entry row, its ledger row and its audit line, in the caller's transaction. The result is built from
 * what was written, not read back.
 */
@Component
class ExternalCredits {

	/** The largest page of a coordinator's list of entries. */
	static final int MAX_LIST = 500;

	private final ExternalEntryStore entries;

	private final JpLedgerStore ledger;

	private final Clock clock;

	ExternalCredits(ExternalEntryStore entries, JpLedgerStore ledger, Clock clock) {
		this.entries = entries;
		this.ledger = ledger;
		this.clock = clock;
	}

	/** Writes a checked entry that counts at once (a coordinator's or an administrator's). */
	ExternalEntry recordChecked(PelitaUser actor, long accountId, ExternalEntryInput checked,
			ExternalEntryStore.@Nullable Evidence evidence, String auditAction) {
		Instant now = this.clock.instant();
		int year = year(checked);
		long id = this.entries.insert(accountId, checked, year, Status.COUNTED, actor.accountId(), now, evidence);
		this.ledger.credit(accountId, year, Objects.requireNonNull(checked.jp()), JpEntry.EXTERNAL, id,
				checked.title(), now);
		this.entries.audit(id, auditAction, actor.accountId(), null, now);
		return written(id, accountId, checked, year, Status.COUNTED, evidence);
	}

	void credit(ExternalEntry entry, Instant now) {
		this.ledger.credit(entry.accountId(), entry.year(), entry.jp(), JpEntry.EXTERNAL, entry.id(), entry.title(),
				now);
	}

	void withdraw(ExternalEntry entry, Instant now) {
		this.ledger.voidEntry(entry.accountId(), JpEntry.EXTERNAL, entry.id(), VoidReason.WITHDRAWN, now);
	}

	/** The year the JP counts in: the year of the training's last day, as the employee's calendar shows it. */
	static int year(ExternalEntryInput checked) {
		return Objects.requireNonNull(checked.endDate()).getYear();
	}

	static ExternalEntry written(long id, long accountId, ExternalEntryInput checked, int year, Status status,
			ExternalEntryStore.@Nullable Evidence evidence) {
		return new ExternalEntry(id, accountId, Objects.requireNonNull(checked.title()),
				Objects.requireNonNull(checked.organiser()), Objects.requireNonNull(checked.startDate()),
				Objects.requireNonNull(checked.endDate()), Objects.requireNonNull(checked.jp()),
				Objects.requireNonNull(checked.type()), year, status, null, evidence == null ? null : evidence.name());
	}

}
