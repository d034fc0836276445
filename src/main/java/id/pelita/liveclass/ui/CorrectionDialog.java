package id.pelita.liveclass.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.Notices;

/** A dialog around a {@link CorrectionForm}: the correction is saved on submit, and the dialog closes on success. */
class CorrectionDialog extends Dialog {

	final CorrectionForm form;

	final Button save = new Button();

	CorrectionDialog(String personName, Instant start, Instant end, ZoneId zone,
			Consumer<CorrectionForm.SubmitEvent> action) {
		this.form = new CorrectionForm(start, end, zone);
		setHeaderTitle(getTranslation("attendance.correction.title", personName));
		this.form.addSubmitListener(event -> {
			try {
				action.accept(event);
				close();
			}
			catch (UserFacingException ex) {
				if (ex.messageKey().startsWith("attendance.error.reason")) {
					this.form.reason.setInvalid(true);
					this.form.reason.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
				}
				Notices.failure(ex);
			}
		});
		this.save.setText(getTranslation("action.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> this.form.submit());
		Paragraph help = new Paragraph(getTranslation("attendance.correction.help"));
		help.addClassName("field-note");
		add(help, this.form);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

}
