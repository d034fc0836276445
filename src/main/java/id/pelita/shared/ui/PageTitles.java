package id.pelita.shared.ui;

import com.vaadin.flow.component.Component;

/** Browser tab titles: the page's own name, then the application's, as in "Pegawai | Pelita". */
public final class PageTitles {

	private PageTitles() {
	}

	/** The title of a page whose name is the translation of {@code key}. */
	public static String of(Component view, String key, Object... arguments) {
		return named(view, view.getTranslation(key, arguments));
	}

	/** The title of a page whose name is already in words (a course's or a person's name). */
	public static String named(Component view, String name) {
		return name + " | " + view.getTranslation("app.name");
	}

}
