package id.pelita.liveclass.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.Notices;

/**
 * A dialog around a {@link SessionForm}: the action runs when the form is sent and the dialog closes when it
 * succeeds; a refusal is shown at its field, or as a notice when no field is concerned.
 */
class SessionDialog extends Dialog {

	final SessionForm form;

	final Button confirm = new Button();

	SessionDialog(String title, String confirmText, SessionForm form, Consumer<SessionForm.Values> action) {
		this.form = form;
		setHeaderTitle(title);
		setWidth("640px");
		setMaxWidth("100%");
		form.addSubmitListener(event -> {
			try {
				action.accept(event.values());
				close();
			}
			catch (UserFacingException ex) {
				if (!form.showError(ex)) {
					Notices.failure(ex);
				}
			}
		});
		this.confirm.setText(confirmText);
		this.confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.confirm.addClickListener(click -> form.submit());
		add(form);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.confirm);
	}

}
