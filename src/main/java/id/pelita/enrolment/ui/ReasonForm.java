package id.pelita.enrolment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * A reason, and optionally a NIP, for a change made by hand: adding or removing a participant, rejecting an
 * enrolment. Fires a {@link SubmitEvent}; the dialog around it calls the service.
 */
class ReasonForm extends FormLayout {

	final TextField nip = new TextField();

	final TextArea reason = new TextArea();

	ReasonForm(boolean withNip) {
		this.nip.setLabel(getTranslation("participants.nip"));
		this.nip.setHelperText(getTranslation("nip.help"));
		this.nip.setVisible(withNip);
		this.nip.setRequiredIndicatorVisible(true);
		this.reason.setLabel(getTranslation("participants.reason"));
		this.reason.setRequiredIndicatorVisible(true);
		this.reason.setMaxLength(500);
		add(this.nip, this.reason);
	}

	/** Fires a {@link SubmitEvent} when a reason (and the NIP, if asked) is given. */
	void submit() {
		boolean missingNip = this.nip.isVisible() && this.nip.getValue().isBlank();
		boolean missingReason = this.reason.getValue().isBlank();
		this.nip.setInvalid(missingNip);
		this.nip.setErrorMessage(missingNip ? getTranslation("form.required") : null);
		this.reason.setInvalid(missingReason);
		this.reason.setErrorMessage(missingReason ? getTranslation("form.required") : null);
		if (!missingNip && !missingReason) {
			fireEvent(new SubmitEvent(this, this.nip.getValue().strip(), this.reason.getValue().strip()));
		}
	}

	Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
		return addListener(SubmitEvent.class, listener);
	}

	static final class SubmitEvent extends ComponentEvent<ReasonForm> {

		private final String nip;

		private final String reason;

		SubmitEvent(ReasonForm source, String nip, String reason) {
			super(source, false);
			this.nip = nip;
			this.reason = reason;
		}

		String nip() {
			return this.nip;
		}

		String reason() {
			return this.reason;
		}

	}

}
