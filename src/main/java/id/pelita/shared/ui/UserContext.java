package id.pelita.shared.ui;

import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;

/**
 * The display preferences of the current browser session: language and time zone. They start from the signed-in
 * user's profile and follow the language switch.
 */
public final class UserContext {

	static final String ZONE_ATTRIBUTE = "pelita.zone";

	static final String LOCALE_ATTRIBUTE = "pelita.locale";

	private UserContext() {
	}

	public static ZoneId zone() {
		VaadinSession session = VaadinSession.getCurrent();
		if (session != null && session.getAttribute(ZONE_ATTRIBUTE) instanceof ZoneId zone) {
			return zone;
		}
		return CurrentUser.get().map(PelitaUser::zone).orElse(IndonesianTime.DEFAULT_ZONE);
	}

	public static Locale locale() {
		UI ui = UI.getCurrent();
		return ui != null ? ui.getLocale() : Translations.INDONESIAN;
	}

	/** Switches the language of this session and its open page. */
	public static void switchLocale(Locale locale) {
		Locale supported = Translations.supported(locale);
		VaadinSession session = VaadinSession.getCurrent();
		if (session != null) {
			session.setAttribute(LOCALE_ATTRIBUTE, supported);
			session.setLocale(supported);
		}
		UI ui = UI.getCurrent();
		if (ui != null) {
			ui.setLocale(supported);
		}
	}

	public static void switchZone(ZoneId zone) {
		VaadinSession session = VaadinSession.getCurrent();
		if (session != null) {
			session.setAttribute(ZONE_ATTRIBUTE, zone);
		}
	}

	/**
	 * The language of a new page: the one chosen in this session, else the signed-in user's saved one, else
	 * Indonesian (never the browser's, so that the default is the same for everyone).
	 */
	static Locale initialLocale(VaadinSession session) {
		if (session.getAttribute(LOCALE_ATTRIBUTE) instanceof Locale chosen) {
			return chosen;
		}
		return CurrentUser.get().map(user -> {
			session.setAttribute(ZONE_ATTRIBUTE, user.zone());
			Locale saved = Translations.supported(user.locale());
			session.setAttribute(LOCALE_ATTRIBUTE, saved);
			return saved;
		}).orElse(Translations.INDONESIAN);
	}

}
