package id.pelita.learning;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One module of a participant's path with where they stand.
 *
 * @param next the step to take now: the first module in order that is neither done nor locked
 * @param locks why it is locked (empty unless {@link ModuleState#LOCKED})
 * @param score a quiz's score kept by its grading method, 0-100
 */
public record ModuleProgress(PathModule module, ModuleState state, boolean next, List<LockReason> locks,
		@Nullable BigDecimal score) {

	public ModuleProgress {
		locks = List.copyOf(locks);
	}

}
