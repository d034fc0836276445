package id.pelita.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.pelita.shared.UserFacingException;

/** Short confirmations and error messages at the bottom of the page, in the user's language. */
public final class Notices {

	private Notices() {
	}

	public static void success(String key, Object... arguments) {
		Notification notification = Notification.show(UI.getCurrent().getTranslation(key, arguments), 4000,
				Notification.Position.BOTTOM_START);
		notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	public static void failure(UserFacingException failure) {
		Notification notification = Notification.show(
				UI.getCurrent().getTranslation(failure.messageKey(), failure.arguments()), 6000,
				Notification.Position.BOTTOM_START);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

}
