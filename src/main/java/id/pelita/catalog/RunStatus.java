package id.pelita.catalog;

/**
 * Where a run stands. Draft, published and cancelled are set by organisers; a published run becomes
 * registration-closed, running and finished as its dates pass (see {@link RunDetails#status()}).
 */
public enum RunStatus {

	DRAFT, PUBLISHED, REGISTRATION_CLOSED, RUNNING, FINISHED, CANCELLED;

	public String labelKey() {
		return "runStatus." + name();
	}

}
