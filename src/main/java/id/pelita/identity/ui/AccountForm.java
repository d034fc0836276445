package id.pelita.identity.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import id.pelita.identity.AgencyDirectory.AgencyRef;
import id.pelita.identity.NewAccount;
import id.pelita.shared.Nip;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;

/**
 * The fields of a new account. It validates what it can on its own (NIP, required fields) and fires a
 * {@link SubmitEvent}; the dialog around it calls the service.
 */
class AccountForm extends FormLayout {

	final TextField username = new TextField();

	final TextField fullName = new TextField();

	final EmailField email = new EmailField();

	final TextField nip = new TextField();

	final TextField phone = new TextField();

	final ComboBox<AgencyRef> agency = new ComboBox<>();

	final CheckboxGroup<Role> roles = new CheckboxGroup<>();

	final PasswordField password = new PasswordField();

	AccountForm(List<AgencyRef> agencies) {
		this.username.setLabel(getTranslation("account.username"));
		this.username.setRequired(true);
		this.username.setHelperText(getTranslation("account.username.help"));
		this.fullName.setLabel(getTranslation("profile.fullName"));
		this.fullName.setRequired(true);
		this.email.setLabel(getTranslation("profile.email"));
		this.nip.setLabel(getTranslation("profile.nip"));
		this.nip.setHelperText(getTranslation("nip.help"));
		this.nip.addValueChangeListener(event -> checkNip());
		this.phone.setLabel(getTranslation("profile.phone"));
		this.agency.setLabel(getTranslation("profile.agency"));
		this.agency.setItems(agencies);
		this.agency.setItemLabelGenerator(AgencyRef::name);
		this.agency.setClearButtonVisible(true);
		this.roles.setLabel(getTranslation("account.roles"));
		this.roles.setItems(EnumSet.allOf(Role.class));
		this.roles.setItemLabelGenerator(role -> getTranslation(role.labelKey()));
		this.roles.setValue(Set.of(Role.PARTICIPANT));
		this.password.setLabel(getTranslation("account.initialPassword"));
		this.password.setHelperText(getTranslation("password.rules"));
		this.password.setRequired(true);
		add(this.username, this.fullName, this.email, this.nip, this.phone, this.agency, this.roles, this.password);
	}

	/** Checks the NIP as the user types it; returns whether it is empty or valid. */
	boolean checkNip() {
		if (this.nip.getValue().isBlank()) {
			this.nip.setInvalid(false);
			return true;
		}
		try {
			Nip.parse(this.nip.getValue());
			this.nip.setInvalid(false);
			return true;
		}
		catch (UserFacingException ex) {
			this.nip.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
			this.nip.setInvalid(true);
			return false;
		}
	}

	/** Fires a {@link SubmitEvent} when the fields are complete enough to send. */
	void submit() {
		boolean complete = !this.username.isEmpty() && !this.fullName.isEmpty() && !this.password.isEmpty();
		this.username.setInvalid(this.username.isEmpty());
		this.fullName.setInvalid(this.fullName.isEmpty());
		this.password.setInvalid(this.password.isEmpty());
		this.username.setErrorMessage(getTranslation("form.required"));
		this.fullName.setErrorMessage(getTranslation("form.required"));
		this.password.setErrorMessage(getTranslation("form.required"));
		if (complete && checkNip()) {
			fireEvent(new SubmitEvent(this, new NewAccount(this.username.getValue(), this.fullName.getValue(),
					this.email.getValue(), this.nip.getValue(), this.phone.getValue(),
					this.agency.getValue() == null ? null : this.agency.getValue().id(), this.roles.getValue(),
					this.password.getValue())));
		}
	}

	Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
		return addListener(SubmitEvent.class, listener);
	}

	static final class SubmitEvent extends ComponentEvent<AccountForm> {

		private final NewAccount account;

		SubmitEvent(AccountForm source, NewAccount account) {
			super(source, false);
			this.account = account;
		}

		NewAccount account() {
			return this.account;
		}

	}

}
