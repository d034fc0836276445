package id.pelita.learning;

import java.util.Objects;

import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;

/** Refuses a module the participant's path still keeps locked, saying why (the first reason, in the person's zone). */
final class PathLocks {

	private PathLocks() {
	}

	/** {@code prefix} is the message family, e.g. {@code "survey"}: keys {@code <prefix>.error.lockedAfter/Until}. */
	static void requireUnlocked(MyPath path, long moduleId, PelitaUser me, String prefix) {
		ModuleProgress module = path.modules()
			.stream()
			.filter(state -> state.module().id() == moduleId)
			.findFirst()
			.orElse(null);
		if (module == null || module.state() != ModuleState.LOCKED || module.locks().isEmpty()) {
			return;
		}
		LockReason reason = module.locks().getFirst();
		throw switch (reason.kind()) {
			case AFTER_PREVIOUS, AFTER_MODULE -> new UserFacingException(prefix + ".error.lockedAfter", reason.moduleTitle());
			case FROM_TIME -> new UserFacingException(prefix + ".error.lockedUntil",
				IndonesianTime.dateTime(Objects.requireNonNull(reason.opensAt()), me.zone(), me.locale()));
		};
	}
}
