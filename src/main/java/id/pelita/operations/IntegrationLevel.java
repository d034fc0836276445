package id.pelita.operations;

/**
 * How an outside system stands: working, working with a warning (a key expiring soon, failed messages, little
 * space), not working, or not known (not configured, not tested yet). Shown on the page and, as health statuses
 * {@code UP}, {@code DEGRADED}, {@code DOWN} and {@code UNKNOWN}, under {@code /actuator/health/integrations}.
 */
public enum IntegrationLevel {

	OK, WARNING, ERROR, UNKNOWN;

	public String labelKey() {
		return "integrations.level." + name();
	}

}
