package id.pelita.learning;

import org.jspecify.annotations.Nullable;

/**
 * A module of a course's path (its template, {@code runId} null) or of a run's copy.
 *
 * @param position order in the path, lower first
 * @param required whether the completion rule asks for it
 */
public record PathModule(long id, long courseId, @Nullable Long runId, int position, ModuleKind kind, String title,
		boolean required, Unlock unlock, Material material) {

	public boolean template() {
		return this.runId == null;
	}

}
