package id.pelita.notification;

import java.time.Clock;

import id.pelita.notification.internal.PreferenceStore;
import id.pelita.shared.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own choice of messages: which kinds come by e-mail, and whether reminders come at all. Delivery reads
 * them when it sends; reminders turned off are not even written.
 */
@Service
public class NotificationPreferences {

	private final PreferenceStore store;

	private final Clock clock;

	NotificationPreferences(PreferenceStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Preferences mine() {
		return this.store.of(CurrentUser.require().accountId());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void saveMine(Preferences preferences) {
		this.store.save(CurrentUser.require().accountId(), preferences, this.clock.instant());
	}

}
