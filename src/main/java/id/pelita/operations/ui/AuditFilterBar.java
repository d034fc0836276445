package id.pelita.operations.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import id.pelita.operations.AuditFilter;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.ui.AddressFilters;
import id.pelita.shared.ui.SearchField;
import id.pelita.shared.ui.UserContext;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the audit page: who (user name), action, object kind and id, period. They are read from and
 * written to the address ({@code ?who=&action=&object=&id=&from=&to=}, dates as ISO {@code yyyy-mm-dd}).
 */
class AuditFilterBar extends HorizontalLayout {

	final SearchField actor = new SearchField();

	final ComboBox<AuditAction> action = new ComboBox<>();

	final ComboBox<AuditObject> object = new ComboBox<>();

	final SearchField objectId = new SearchField();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	AuditFilterBar(Runnable changed) {
		this.actor.setLabel(getTranslation("audit.filter.actor"));
		this.actor.setHelperText(getTranslation("audit.filter.actor.help"));
		this.action.setLabel(getTranslation("audit.filter.action"));
		this.action.setPlaceholder(getTranslation("audit.filter.allActions"));
		this.action.setItems(AuditAction.values());
		this.action.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
		this.action.setClearButtonVisible(true);
		this.object.setLabel(getTranslation("audit.filter.object"));
		this.object.setPlaceholder(getTranslation("audit.filter.allObjects"));
		this.object.setItems(AuditObject.values());
		this.object.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
		this.object.setClearButtonVisible(true);
		this.objectId.setLabel(getTranslation("audit.filter.objectId"));
		this.from.setLabel(getTranslation("audit.filter.from"));
		this.to.setLabel(getTranslation("audit.filter.to"));
		for (DatePicker date : new DatePicker[] { this.from, this.to }) {
			date.setLocale(UserContext.locale());
			date.setClearButtonVisible(true);
			date.addValueChangeListener(change -> changed.run());
		}
		this.actor.addValueChangeListener(change -> changed.run());
		this.action.addValueChangeListener(change -> changed.run());
		this.object.addValueChangeListener(change -> changed.run());
		this.objectId.addValueChangeListener(change -> changed.run());
		setWrap(true);
		add(this.actor, this.action, this.object, this.objectId, this.from, this.to);
	}

	AuditFilter filter() {
		return new AuditFilter(blankToNull(this.actor.getValue()), this.action.getValue(), this.object.getValue(),
				blankToNull(this.objectId.getValue()), this.from.getValue(), this.to.getValue());
	}

	/** The filter as the address keeps it. */
	AddressFilters address(String route) {
		return AddressFilters.of(route)
			.with("who", this.actor.getValue())
			.with("action", this.action.getValue() == null ? null : this.action.getValue().name())
			.with("object", this.object.getValue() == null ? null : this.object.getValue().name())
			.with("id", this.objectId.getValue())
			.with("from", this.from.getValue())
			.with("to", this.to.getValue());
	}

	/** Sets the fields from the address; unknown values are left out. */
	void read(QueryParameters parameters) {
		this.actor.setValue(parameters.getSingleParameter("who").orElse(""));
		this.action.setValue(parameters.getSingleParameter("action")
			.flatMap(name -> Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(name)).findFirst())
			.orElse(null));
		this.object.setValue(parameters.getSingleParameter("object")
			.flatMap(name -> Arrays.stream(AuditObject.values()).filter(o -> o.name().equals(name)).findFirst())
			.orElse(null));
		this.objectId.setValue(parameters.getSingleParameter("id").orElse(""));
		this.from.setValue(date(parameters.getSingleParameter("from")));
		this.to.setValue(date(parameters.getSingleParameter("to")));
	}

	private static @Nullable LocalDate date(Optional<String> text) {
		try {
			return text.map(LocalDate::parse).orElse(null);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
