package id.pelita.liveclass;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Zoom as the integration checks see it: whether its credentials are set, and when the last call to it succeeded
 * and failed (with that failure's message; never a secret).
 */
public record ZoomStatus(boolean configured, @Nullable Instant lastSuccessAt, @Nullable Instant lastErrorAt,
		@Nullable String lastError) {

	/** Whether the latest call failed. */
	public boolean failing() {
		return this.lastErrorAt != null && (this.lastSuccessAt == null || this.lastErrorAt.isAfter(this.lastSuccessAt));
	}

}
