package id.pelita.agency.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import id.pelita.agency.AgencySummary;
import id.pelita.agency.EmployeeInput;
import id.pelita.shared.Nip;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.web.InvalidFields;

/**
 * The fields of one roster employee: NIP, name, rank/grade, position, unit (within the coordinator's agency),
 * e-mail and phone. It checks the NIP and the name itself and fires a {@link SubmitEvent}; the dialog around it
 * calls the service and hands back the fields the service refused ({@link #show(InvalidFields)}).
 */
class EmployeeForm extends FormLayout {

	final TextField nip = new TextField();

	final TextField fullName = new TextField();

	final TextField rankGrade = new TextField();

	final TextField position = new TextField();

	final ComboBox<AgencySummary> unit = new ComboBox<>();

	final EmailField email = new EmailField();

	final TextField phone = new TextField();

	private final List<AgencySummary> units;

	EmployeeForm(List<AgencySummary> units) {
		this.units = units;
		this.nip.setLabel(getTranslation("profile.nip"));
		this.nip.setHelperText(getTranslation("nip.help"));
		this.nip.setRequired(true);
		this.nip.addValueChangeListener(event -> checkNip());
		this.fullName.setLabel(getTranslation("profile.fullName"));
		this.fullName.setRequired(true);
		this.rankGrade.setLabel(getTranslation("profile.rankGrade"));
		this.position.setLabel(getTranslation("profile.position"));
		this.unit.setLabel(getTranslation("roster.unit"));
		this.unit.setItems(units);
		this.unit.setItemLabelGenerator(agency -> agency.code() + " " + agency.name());
		this.unit.setRequired(true);
		if (!units.isEmpty()) {
			this.unit.setValue(units.getFirst());
		}
		this.email.setLabel(getTranslation("profile.email"));
		this.phone.setLabel(getTranslation("profile.phone"));
		add(this.nip, this.fullName, this.rankGrade, this.position, this.unit, this.email, this.phone);
	}

	/** Fills the form with an employee to edit. */
	void edit(EmployeeInput employee) {
		this.nip.setValue(employee.nip());
		this.fullName.setValue(employee.fullName());
		this.rankGrade.setValue(nullToEmpty(employee.rankGrade()));
		this.position.setValue(nullToEmpty(employee.position()));
		this.units.stream()
			.filter(agency -> agency.code().equals(employee.unitCode()))
			.findFirst()
			.ifPresent(this.unit::setValue);
		this.email.setValue(nullToEmpty(employee.email()));
		this.phone.setValue(nullToEmpty(employee.phone()));
	}

	/** Checks the NIP as the user types it; returns whether it is valid. */
	boolean checkNip() {
		try {
			Nip.parse(this.nip.getValue());
			this.nip.setInvalid(false);
			return true;
		}
		catch (UserFacingException ex) {
			mark(this.nip, ex.messageKey(), ex.arguments());
			return false;
		}
	}

	/** Fires a {@link SubmitEvent} when the NIP is valid and the name given. */
	void submit() {
		boolean nipValid = checkNip();
		boolean named = !this.fullName.getValue().isBlank();
		if (!named) {
			mark(this.fullName, "form.required");
		}
		else {
			this.fullName.setInvalid(false);
		}
		if (nipValid && named) {
			fireEvent(new SubmitEvent(this, new EmployeeInput(this.nip.getValue(), this.fullName.getValue(),
					this.rankGrade.getValue(), this.position.getValue(),
					this.unit.getValue() == null ? null : this.unit.getValue().code(), this.email.getValue(),
					this.phone.getValue())));
		}
	}

	/** Marks the fields the service refused, each with its reason. */
	void show(InvalidFields failure) {
		Map<String, HasValidation> fields = Map.of("nip", this.nip, "name", this.fullName, "rankGrade", this.rankGrade,
				"position", this.position, "unitCode", this.unit, "email", this.email, "phone", this.phone);
		for (InvalidFields.FieldProblem problem : failure.problems()) {
			HasValidation field = fields.get(problem.field());
			if (field != null) {
				mark(field, problem.messageKey(), problem.arguments().toArray());
			}
		}
	}

	private void mark(HasValidation field, String messageKey, Object... arguments) {
		field.setErrorMessage(getTranslation(messageKey, arguments));
		field.setInvalid(true);
	}

	Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
		return addListener(SubmitEvent.class, listener);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	static final class SubmitEvent extends ComponentEvent<EmployeeForm> {

		private final EmployeeInput employee;

		SubmitEvent(EmployeeForm source, EmployeeInput employee) {
			super(source, false);
			this.employee = employee;
		}

		EmployeeInput employee() {
			return this.employee;
		}

	}

}
