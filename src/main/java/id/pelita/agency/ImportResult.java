package id.pelita.agency;

/** What an import did: employees created (with an account waiting for activation) and employees updated. */
public record ImportResult(int created, int updated) {
}
