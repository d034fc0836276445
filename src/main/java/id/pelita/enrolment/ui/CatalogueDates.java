package id.pelita.enrolment.ui;

import java.time.LocalDate;

import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunStatus;
import id.pelita.shared.time.IndonesianTime;

/** Date rules the pages need to decide which buttons to show; the services decide for real. */
final class CatalogueDates {

	private CatalogueDates() {
	}

	static boolean beforeStart(RunDetails run) {
		return run.status() != RunStatus.CANCELLED
				&& LocalDate.now(IndonesianTime.DEFAULT_ZONE).isBefore(run.startsOn());
	}

	static boolean finished(RunDetails run) {
		return run.status() == RunStatus.FINISHED || run.status() == RunStatus.CANCELLED;
	}

}
