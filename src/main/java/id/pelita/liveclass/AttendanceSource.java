package id.pelita.liveclass;

/** Where an attendance interval came from. Never from guessing by display name. */
public enum AttendanceSource {

	JITSI, ZOOM_WEBHOOK, ZOOM_REPORT, MANUAL;

	public String labelKey() {
		return "liveclass.source." + name();
	}

}
