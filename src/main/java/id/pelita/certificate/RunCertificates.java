package id.pelita.certificate;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The issue report of one run: every participant with a completion, and what became of their certificate. */
public record RunCertificates(long runId, List<Entry> entries) {

	public enum State {

		ISSUED, PENDING, REVOKED

	}

	/**
	 * @param certificateId the valid (or last revoked) certificate, if any
	 * @param problemKey why it is pending (a translation key; its arguments in {@code problemArguments})
	 */
	public record Entry(long accountId, String holderName, State state, @Nullable Long certificateId,
			@Nullable String number, @Nullable String code, @Nullable String problemKey, List<String> problemArguments,
			@Nullable String revokedReason) {
	}

	public long count(State state) {
		return this.entries.stream().filter(entry -> entry.state() == state).count();
	}

}
