package id.pelita.identity.ui;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before a departed person's account is anonymised; the action runs only on "Anonymise". */
class AnonymiseDialog extends Dialog {

	final Button confirm = new Button();

	AnonymiseDialog(String name, BooleanSupplier anonymise) {
		setHeaderTitle(getTranslation("account.anonymise.title", name));
		add(new Paragraph(getTranslation("account.anonymise.explanation")));
		this.confirm.setText(getTranslation("account.anonymise"));
		this.confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		this.confirm.addClickListener(click -> {
			if (anonymise.getAsBoolean()) {
				close();
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.confirm);
	}

}
