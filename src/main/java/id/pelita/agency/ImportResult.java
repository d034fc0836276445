package id.pelita.agency;

/**
 * What an import did: employees created (with an account waiting for activation), employees whose data changed,
 * and employees already in the roster exactly as the file has them.
 */
public record ImportResult(int created, int updated, int unchanged) {
}
