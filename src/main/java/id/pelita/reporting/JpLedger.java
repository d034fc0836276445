package id.pelita.reporting;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import id.pelita.notification.JpTotals;
import id.pelita.reporting.internal.JpLedgerStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lesson hours (JP) each employee earned per year: one entry per source, credited once (an issued certificate;
 * training outside the platform later), voided when the certificate is revoked or reissued. The yearly target is
 * {@code JamPelajaran.ANNUAL_TARGET}. Facts, not rights: the calling service decides who may see whom. The
 * notification module reads the totals through its {@link JpTotals} port.
 */
@Service
public class JpLedger implements JpTotals {

	private final JpLedgerStore store;

	JpLedger(JpLedgerStore store) {
		this.store = store;
	}

	/** JP counted in the year per account; accounts without any are left out (meaning 0). */
	@Override
	@Transactional(readOnly = true)
	public Map<Long, BigDecimal> totals(int year, Collection<Long> accountIds) {
		return this.store.totals(year, accountIds);
	}

	/** JP counted in the year for one account. */
	@Transactional(readOnly = true)
	public BigDecimal total(long accountId, int year) {
		return this.store.totals(year, List.of(accountId)).getOrDefault(accountId, BigDecimal.ZERO);
	}

	/** The account's entries of the year, voided ones included, in the order they were recorded. */
	@Transactional(readOnly = true)
	public List<JpEntry> entries(long accountId, int year) {
		return this.store.entries(accountId, year);
	}

}
