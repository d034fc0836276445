package id.pelita.learning;

/** Where a participant stands with one module. */
public enum ModuleState {

	DONE, IN_PROGRESS, AVAILABLE, LOCKED;

	public String labelKey() {
		return "learning.state." + name();
	}

}
