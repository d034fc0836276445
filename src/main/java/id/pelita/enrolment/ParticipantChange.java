package id.pelita.enrolment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A change made by hand to a run's participants: who was added, removed, approved or rejected, by whom, why. */
public record ParticipantChange(long enrolmentId, String participantName, Kind kind, String actorName,
		@Nullable String reason, Instant at) {

	/** What was done. */
	public enum Kind {

		ADDED, REMOVED, APPROVED, REJECTED;

		public String labelKey() {
			return "participantChange." + name();
		}

	}

}
