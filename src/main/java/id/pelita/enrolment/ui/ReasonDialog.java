package id.pelita.enrolment.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.Notices;

/** A dialog around a {@link ReasonForm}: the action runs on submit, and the dialog closes when it succeeds. */
class ReasonDialog extends Dialog {

	final ReasonForm form;

	final Button confirm = new Button();

	ReasonDialog(String title, String confirmText, boolean withNip, Consumer<ReasonForm.SubmitEvent> action) {
		this.form = new ReasonForm(withNip);
		setHeaderTitle(title);
		this.form.addSubmitListener(event -> {
			try {
				action.accept(event);
				close();
			}
			catch (UserFacingException ex) {
				Notices.failure(ex);
			}
		});
		this.confirm.setText(confirmText);
		this.confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.confirm.addClickListener(click -> this.form.submit());
		add(this.form);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.confirm);
	}

}
