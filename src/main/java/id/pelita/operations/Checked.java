package id.pelita.operations;

/** The status of one outside system with how it stands. */
public record Checked<T>(IntegrationLevel level, T status) {
}
