package id.pelita.liveclass.ui;

import com.vaadin.flow.component.Component;
import id.pelita.identity.ProfileSection;
import id.pelita.liveclass.CalendarFeedService;

/** The personal calendar feed on the profile page ({@code /profil}). */
@org.springframework.stereotype.Component
class CalendarFeedSection implements ProfileSection {

	private final CalendarFeedService feeds;

	CalendarFeedSection(CalendarFeedService feeds) {
		this.feeds = feeds;
	}

	@Override
	public Component section() {
		return new CalendarFeedBox(this.feeds);
	}

	@Override
	public int order() {
		return 10;
	}

}
