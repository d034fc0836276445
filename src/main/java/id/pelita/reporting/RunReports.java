package id.pelita.reporting;

import id.pelita.reporting.internal.RunReportStore;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organiser reports of one run. Organisers manage every run (the catalog's rule); administrators too. */
@Service
@Transactional(readOnly = true)
public class RunReports {

	private final RunReportStore store;

	RunReports(RunReportStore store) {
		this.store = store;
	}

	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	public RunFunnel funnel(long runId) {
		return this.store.funnel(runId);
	}

}
