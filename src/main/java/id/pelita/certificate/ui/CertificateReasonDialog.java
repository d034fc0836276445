package id.pelita.certificate.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import id.pelita.shared.UserFacingException;

/**
 * Asks for the reason of a revocation or reissue before it is done: without a reason nothing happens and the
 * dialog says so; a refusal of the service stays in the dialog, which closes only when the action succeeded.
 */
class CertificateReasonDialog extends Dialog {

	static final int MAX_REASON = 500;

	final TextArea reason = new TextArea();

	final Paragraph error = new Paragraph();

	final Button confirm = new Button();

	private final Consumer<String> action;

	private final Runnable done;

	CertificateReasonDialog(String title, String text, String confirmText, Consumer<String> action, Runnable done) {
		this.action = action;
		this.done = done;
		setHeaderTitle(title);
		this.reason.setLabel(getTranslation("certificate.report.reasonLabel"));
		this.reason.setRequiredIndicatorVisible(true);
		this.reason.setMaxLength(MAX_REASON);
		this.reason.setWidth("28rem");
		this.error.addClassName("field-error");
		this.error.setVisible(false);
		this.confirm.setText(confirmText);
		this.confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.confirm.addClickListener(click -> confirm());
		add(new Paragraph(text), this.reason, this.error);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.confirm);
	}

	void confirm() {
		String why = this.reason.getValue().strip();
		if (why.isEmpty()) {
			this.reason.setInvalid(true);
			this.reason.setErrorMessage(getTranslation("certificate.revoke.reasonRequired", MAX_REASON));
			return;
		}
		this.reason.setInvalid(false);
		try {
			this.action.accept(why);
			close();
			this.done.run();
		}
		catch (UserFacingException ex) {
			this.error.setText(getTranslation(ex.messageKey(), ex.arguments()));
			this.error.setVisible(true);
		}
	}

}
