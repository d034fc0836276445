/**
 * One health contributor per outside system ({@code zoom}, {@code jitsi}, {@code smtp}, {@code signingKey},
 * {@code storage}, {@code quartz}), gathered in the group {@code /actuator/health/integrations}; none is part of
 * the liveness or readiness groups.
 */
@NullMarked
package id.pelita.operations.internal.health;

import org.jspecify.annotations.NullMarked;
