package id.pelita.agency;

import java.time.Instant;
import java.util.List;

/**
 * One page of the roster employees whose data changed since a moment.
 *
 * @param employees this page, in the order of the employees' accounts (stable while data changes)
 * @param page the page's number, from 0
 * @param size the page size asked for
 * @param total how many employees all pages hold
 * @param nextUpdatedSince what to send as {@code updatedSince} in the next synchronisation (taken from the first
 * page): when this page was read, less {@link RosterSync#OVERLAP}, so that a change saved while the pages were
 * read is not missed (an employee may come twice)
 */
public record RosterChanges(List<SyncedEmployee> employees, int page, int size, long total, Instant nextUpdatedSince) {

	public int totalPages() {
		return (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

}
