package id.pelita.learning;

import java.time.Instant;
import java.util.List;

import id.pelita.catalog.RunDetails;
import org.jspecify.annotations.Nullable;

/**
 * A participant's path through a run.
 *
 * @param percent modules done over all modules, 0-100
 * @param completedAt when the person completed the run ("Selesai"), null while they have not
 * @param lacking what the completion rule still asks for
 * @param resumeModuleId where to go on: the module opened last that is not done, else the next one
 */
public record MyPath(RunDetails run, List<ModuleProgress> modules, int percent, @Nullable Instant completedAt,
		List<Lack> lacking, @Nullable Long resumeModuleId) {

	public MyPath {
		modules = List.copyOf(modules);
		lacking = List.copyOf(lacking);
	}

	public boolean completed() {
		return this.completedAt != null;
	}

}
