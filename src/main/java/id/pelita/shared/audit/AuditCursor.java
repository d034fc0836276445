package id.pelita.shared.audit;

import java.time.Instant;

/** A position in the log, newest first: the entries strictly older than this (time, then id) come next. */
public record AuditCursor(Instant occurredAt, long id) {
}
