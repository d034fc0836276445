package id.pelita.notification.ui;

import com.vaadin.flow.component.Component;
import id.pelita.identity.ProfileSection;
import id.pelita.notification.NotificationPreferences;

/** Adds the {@link PreferencesSection} to the profile page. */
@org.springframework.stereotype.Component
class PreferencesProfileSection implements ProfileSection {

	private final NotificationPreferences preferences;

	PreferencesProfileSection(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Component section() {
		return new PreferencesSection(this.preferences);
	}

}
