package id.pelita.notification;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * The JP each employee has earned in a year, which the monthly agency digest reports. Declared here and implemented
 * by the module that keeps the JP ledger (reporting), so that notification does not depend on it.
 */
public interface JpTotals {

	/** JP counted in the year per account; accounts without any are left out (meaning 0). */
	Map<Long, BigDecimal> totals(int year, Collection<Long> accountIds);

}
