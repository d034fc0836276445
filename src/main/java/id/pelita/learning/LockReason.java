package id.pelita.learning;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Why a module is still locked: the participant always sees each reason. */
public record LockReason(Kind kind, @Nullable String moduleTitle, @Nullable Instant opensAt) {

	public enum Kind {

		/** The module before it is not done. */
		AFTER_PREVIOUS,
		/** The named module is not done. */
		AFTER_MODULE,
		/** It opens at a moment still to come. */
		FROM_TIME

	}

}
