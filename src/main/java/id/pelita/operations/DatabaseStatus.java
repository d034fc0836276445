package id.pelita.operations;

import org.jspecify.annotations.Nullable;

/** The database: H2 (the embedded default) or PostgreSQL, and its version; never its address or credentials. */
public record DatabaseStatus(String product, String version, boolean embedded, @Nullable String error) {
}
