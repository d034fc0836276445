package id.pelita.shared.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

/**
 * Puts a service's refusal next to the form field it concerns: each field is registered with the message keys
 * that are about it. A field's mark goes away as soon as the user changes it.
 */
public final class FieldErrors {

	private final Map<String, HasValidation> fieldsByKey = new LinkedHashMap<>();

	private final Set<HasValidation> fields = new LinkedHashSet<>();

	/** Registers the field for these message keys. */
	public FieldErrors on(HasValidation field, String... messageKeys) {
		for (String key : messageKeys) {
			this.fieldsByKey.put(key, field);
		}
		if (this.fields.add(field) && field instanceof HasValue<?, ?> value) {
			value.addValueChangeListener(event -> field.setInvalid(false));
		}
		return this;
	}

	/** Marks the field of this message key with the message; returns whether a field took it. */
	public boolean show(String messageKey, String message) {
		clear();
		HasValidation field = this.fieldsByKey.get(messageKey);
		if (field == null) {
			return false;
		}
		field.setErrorMessage(message);
		field.setInvalid(true);
		return true;
	}

	public void clear() {
		this.fields.forEach(field -> field.setInvalid(false));
	}

}
