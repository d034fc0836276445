/**
 * The one audit log ({@code audit_log}): {@link id.pelita.shared.audit.AuditLog} appends an entry in the
 * transaction of the action it records (who, on behalf of which agency or API token, what, about whom, before and
 * after, when, from where); {@link id.pelita.shared.audit.AuditTrail} reads it newest first by keyset and prunes
 * what is older than the retention. Nothing updates an entry; the retention job is the only thing that deletes.
 * Types here are non-null unless marked {@code @Nullable} (JSpecify, checked by NullAway).
 */
@NullMarked
package id.pelita.shared.audit;

import org.jspecify.annotations.NullMarked;
