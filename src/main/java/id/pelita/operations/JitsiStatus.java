package id.pelita.operations;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The Jitsi server: its domain, whether it wants tokens, the script the session page loads, and the last fetch of
 * that script by the test button on this node ({@code lastCheckedAt} empty: not tested since the start).
 */
public record JitsiStatus(String domain, boolean tokenAuth, String scriptUrl, @Nullable Instant lastCheckedAt,
		@Nullable String lastError) {
}
