package id.pelita.liveclass;

/** A session is scheduled (possibly moved) or cancelled; cancelled sessions stay listed, struck through. */
public enum SessionStatus {

	SCHEDULED, CANCELLED;

	public String labelKey() {
		return "liveclass.status." + name();
	}

}
