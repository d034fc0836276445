package id.pelita.liveclass.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import id.pelita.liveclass.LiveSession;

/**
 * The links under a session: the provider's meeting once Join opened it in a new tab (in case the browser blocked
 * the tab), the recording, and the session as a calendar file.
 */
class SessionLinks extends FlexLayout {

	final Anchor meeting = new Anchor();

	final Anchor recording = new Anchor();

	final Anchor calendar = new Anchor();

	SessionLinks() {
		this.meeting.setTarget(AnchorTarget.BLANK);
		this.meeting.setVisible(false);
		this.recording.setTarget(AnchorTarget.BLANK);
		this.recording.setText(getTranslation("sessionPage.recording"));
		this.calendar.setText(getTranslation("sessionPage.addToCalendar"));
		this.calendar.getElement().setAttribute("router-ignore", true);
		this.calendar.getElement().setAttribute("download", true);
		setFlexWrap(FlexWrap.WRAP);
		getStyle().set("gap", "var(--lumo-space-l)");
		add(this.meeting, this.recording, this.calendar);
	}

	void show(LiveSession shown) {
		this.meeting.setVisible(false);
		this.recording.setHref(shown.recordingUrl() == null ? "" : shown.recordingUrl());
		this.recording.setVisible(shown.recordingUrl() != null);
		this.calendar.setHref("calendar/session/" + shown.id() + ".ics");
		this.calendar.setVisible(!shown.cancelled());
	}

	/** Join opened the meeting at its provider in a new tab: the same address, should the tab not have opened. */
	void meetingOpened(LiveSession shown, String url) {
		this.meeting.setText(getTranslation("sessionPage.linkFallback", getTranslation(shown.providerLabelKey())));
		this.meeting.setHref(url);
		this.meeting.setVisible(true);
	}

}
