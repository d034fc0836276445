package id.pelita.liveclass.internal.jobs;

import id.pelita.liveclass.internal.zoom.ZoomAttendanceImport;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * {@code zoom-attendance-import-sweep}, hourly: Zoom sessions that ended (more than ten minutes and at most seven
 * days ago) without an attendance import and without an import trigger waiting get one now. Misfire: skip the
 * missed runs and go on with the next one.
 */
@DisallowConcurrentExecution
public class ZoomAttendanceImportSweepJob extends QuartzJobBean {

	private final ZoomAttendanceImport imports;

	ZoomAttendanceImportSweepJob(ZoomAttendanceImport imports) {
		this.imports = imports;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.imports.sweep();
	}

}
