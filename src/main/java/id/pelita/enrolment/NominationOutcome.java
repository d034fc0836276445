package id.pelita.enrolment;

import org.jspecify.annotations.Nullable;

/**
 * The result of a nomination for one NIP of the request.
 *
 * @param line the NIP's place in the request, from 1
 * @param input the NIP as it was sent
 * @param nip the normalised NIP, when it is valid
 * @param waitlistPosition the place in the waitlist when the nomination was made
 * @param message why it was refused, in the reader's language; {@code null} unless refused
 */
public record NominationOutcome(int line, String input, @Nullable String nip, @Nullable Long accountId,
		@Nullable String fullName, NominationStatus status, @Nullable RefusalReason reason,
		@Nullable Integer waitlistPosition, @Nullable String message) {
}
