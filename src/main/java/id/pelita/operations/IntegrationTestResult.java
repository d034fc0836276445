package id.pelita.operations;

/** The outcome of a test button: success or not, and what to tell the administrator, in their language. */
public record IntegrationTestResult(boolean success, String message) {
}
