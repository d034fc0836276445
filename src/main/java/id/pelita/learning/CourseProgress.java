package id.pelita.learning;

/** How far the signed-in participant is in one of their runs (dashboard, my courses). */
public record CourseProgress(long runId, String courseTitle, String runName, int done, int total, boolean completed) {

	public int percent() {
		return this.total == 0 ? 0 : this.done * 100 / this.total;
	}

}
