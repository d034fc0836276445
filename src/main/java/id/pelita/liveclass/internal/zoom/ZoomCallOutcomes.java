package id.pelita.liveclass.internal.zoom;

import java.time.Instant;

/** Where {@link ZoomClient} reports how each of its calls to Zoom ended (for the integration checks). */
public interface ZoomCallOutcomes {

	/** Reports nothing (a client built on its own, as in tests of the client). */
	ZoomCallOutcomes NONE = new ZoomCallOutcomes() {
		@Override
		public void succeeded(Instant at) {
		}

		@Override
		public void failed(Instant at, String error) {
		}
	};

	void succeeded(Instant at);

	/** A call failed; {@code error} is Zoom's message or the transport failure, never a secret. */
	void failed(Instant at, String error);

}
