package id.pelita.learning;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When a module opens to a participant. Every condition given must hold; none given means open at once.
 *
 * @param afterPrevious once the module before it in the path is done
 * @param afterModuleId once that module (of the same path) is done
 * @param opensAt from that moment
 */
public record Unlock(boolean afterPrevious, @Nullable Long afterModuleId, @Nullable Instant opensAt) {

	public static final Unlock OPEN = new Unlock(false, null, null);

}
