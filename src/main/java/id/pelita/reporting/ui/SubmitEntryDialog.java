package id.pelita.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import id.pelita.reporting.ExternalEntry;
import id.pelita.reporting.ExternalTrainings;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.Notices;

/** The participant submits a training outside the platform with its evidence; it waits for their coordinator. */
class SubmitEntryDialog extends Dialog {

	final ExternalEntryForm form = new ExternalEntryForm(true);

	final Button send = new Button();

	SubmitEntryDialog(ExternalTrainings trainings, Runnable done) {
		setHeaderTitle(getTranslation("jp.submit.title"));
		setWidth("min(720px, 100vw)");
		this.form.addSubmitListener(event -> {
			try {
				ExternalEntry submitted = trainings.submit(event.input(), event.evidence());
				close();
				Notices.success("jp.submit.done", submitted.title());
				done.run();
			}
			catch (UserFacingException ex) {
				this.form.refused(ex);
			}
		});
		this.send.setText(getTranslation("jp.submit.send"));
		this.send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.send.addClickListener(click -> this.form.submit());
		add(new Paragraph(getTranslation("jp.submit.help")), this.form);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.send);
	}

}
