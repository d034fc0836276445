package id.pelita.learning.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import id.pelita.learning.PathResults;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.Notices;

/** Asks for the reason of a completion marked or revoked by hand; the dialog closes once the service accepts it. */
class ReasonDialog extends Dialog {

	final TextArea reason = new TextArea();

	final Button confirm = new Button();

	ReasonDialog(String title, String confirmText, Consumer<String> action) {
		setHeaderTitle(title);
		this.reason.setLabel(getTranslation("learning.results.reason"));
		this.reason.setRequiredIndicatorVisible(true);
		this.reason.setMaxLength(PathResults.MAX_REASON);
		this.reason.setWidthFull();
		this.confirm.setText(confirmText);
		this.confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.confirm.addClickListener(click -> {
			try {
				action.accept(this.reason.getValue());
				close();
			}
			catch (UserFacingException ex) {
				this.reason.setInvalid(true);
				this.reason.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
				Notices.failure(ex);
			}
		});
		add(this.reason);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.confirm);
	}

}
