package id.pelita.enrolment;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import id.pelita.enrolment.internal.RosterStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a confirmed seat in which run, for other modules (live sessions, notifications, calendars). It returns
 * facts, not rights: the calling service decides who may see what.
 */
@Service
public class RunRoster {

	private final RosterStore store;

	RunRoster(RosterStore store) {
		this.store = store;
	}

	/** The accounts with a confirmed seat in the run. */
	@Transactional(readOnly = true)
	public List<Long> confirmedAccounts(long runId) {
		return this.store.confirmedAccounts(runId);
	}

	@Transactional(readOnly = true)
	public boolean isConfirmed(long runId, long accountId) {
		return this.store.isConfirmed(runId, accountId);
	}

	/** The runs in which the account holds a confirmed seat. */
	@Transactional(readOnly = true)
	public Set<Long> confirmedRuns(long accountId) {
		return this.store.confirmedRuns(accountId);
	}

	/** Of these runs, those in which the account holds a confirmed seat. */
	@Transactional(readOnly = true)
	public Set<Long> confirmedRuns(long accountId, Collection<Long> runIds) {
		return this.store.confirmedRuns(accountId, runIds);
	}

}
