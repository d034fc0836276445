package id.pelita.liveclass;

/** Where a live session takes place. Jitsi needs no account; Zoom needs the Server-to-Server OAuth settings. */
public enum VideoProvider {

	JITSI, ZOOM;

	public String labelKey() {
		return "liveclass.provider." + name();
	}

	/** The value of {@code pelita.video.provider} ({@code jitsi} or {@code zoom}). */
	public static VideoProvider fromSetting(String value) {
		return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
	}

}
