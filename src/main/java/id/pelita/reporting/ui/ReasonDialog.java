package id.pelita.reporting.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** Asks for the reason of a rejection or a void; the reason is required (the service checks it too). */
class ReasonDialog extends Dialog {

	final TextArea reason = new TextArea();

	final Button confirm = new Button();

	/**
	 * @param titleKey heading, with the training's title as argument
	 * @param confirmKey the confirming button
	 * @param confirmed gets the reason; throws nothing the dialog must handle (the caller reports failures)
	 */
	ReasonDialog(String titleKey, String confirmKey, String trainingTitle, Consumer<String> confirmed) {
		setHeaderTitle(getTranslation(titleKey, trainingTitle));
		setWidth("min(560px, 100vw)");
		this.reason.setLabel(getTranslation("jp.agency.reason"));
		this.reason.setRequired(true);
		this.reason.setMaxLength(500);
		this.reason.setWidthFull();
		this.confirm.setText(getTranslation(confirmKey));
		this.confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		this.confirm.addClickListener(click -> {
			if (this.reason.getValue().isBlank()) {
				this.reason.setErrorMessage(getTranslation("jp.external.error.reasonRequired"));
				this.reason.setInvalid(true);
				return;
			}
			confirmed.accept(this.reason.getValue());
			close();
		});
		add(new Paragraph(getTranslation("jp.agency.reasonHelp")), this.reason);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.confirm);
	}

}
