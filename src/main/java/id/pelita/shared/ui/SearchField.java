package id.pelita.shared.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The search box of list pages: the hint as placeholder and accessible name, a magnifier, a clear button, and a
 * search that starts when the person pauses typing (not on every key).
 */
public class SearchField extends TextField {

	/** A search box that gets its label (or placeholder and accessible name) from the page. */
	public SearchField() {
		setPrefixComponent(VaadinIcon.SEARCH.create());
		setValueChangeMode(ValueChangeMode.LAZY);
		setClearButtonVisible(true);
	}

	/** A search box without label whose hint (placeholder and accessible name) is the translation of the key. */
	public SearchField(String hintKey) {
		this();
		String hint = getTranslation(hintKey);
		setPlaceholder(hint);
		setAriaLabel(hint);
	}

}
