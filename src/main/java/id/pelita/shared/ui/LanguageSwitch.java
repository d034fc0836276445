package id.pelita.shared.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.select.Select;
import id.pelita.shared.i18n.Translations;

/** The language picker of the header and the login page: Bahasa Indonesia or English. */
public class LanguageSwitch extends Select<Locale> {

	public LanguageSwitch(Consumer<Locale> afterSwitch) {
		setItems(Translations.LOCALES);
		setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
		setAriaLabel(getTranslation("language.label"));
		setValue(Translations.supported(UserContext.locale()));
		addClassName("language-switch");
		addValueChangeListener(event -> {
			if (event.isFromClient() && event.getValue() != null) {
				UserContext.switchLocale(event.getValue());
				afterSwitch.accept(event.getValue());
			}
		});
	}

}
