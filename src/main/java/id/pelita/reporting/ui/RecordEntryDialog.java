package id.pelita.reporting.ui;

import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import id.pelita.agency.RosterEntry;
import id.pelita.reporting.ExternalEntry;
import id.pelita.reporting.ExternalTrainings;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.Notices;

/**
 * The coordinator records a training outside the platform for one employee of the agency (picked by NIP or name);
 * it counts at once. Evidence is optional here: the coordinator has seen the paper.
 */
class RecordEntryDialog extends Dialog {

	final ComboBox<RosterEntry> employee = new ComboBox<>();

	final ExternalEntryForm form = new ExternalEntryForm(false);

	final Button save = new Button();

	RecordEntryDialog(ExternalTrainings trainings, Runnable done) {
		setHeaderTitle(getTranslation("jp.agency.recordTitle"));
		setWidth("min(720px, 100vw)");
		this.employee.setLabel(getTranslation("jp.agency.employee"));
		this.employee.setHelperText(getTranslation("jp.agency.employeeHelp"));
		this.employee.setRequired(true);
		this.employee.setWidthFull();
		this.employee.setItems(query -> trainings.employees(query.getFilter().orElse(null))
			.stream()
			.skip(query.getOffset())
			.limit(query.getLimit()));
		this.employee.setItemLabelGenerator(entry -> entry.fullName() + " \u00b7 " + Objects.toString(entry.nip(), "")
				+ " \u00b7 " + entry.unitName());
		this.form.addSubmitListener(event -> {
			RosterEntry chosen = this.employee.getValue();
			if (chosen == null) {
				this.employee.setErrorMessage(getTranslation("jp.agency.employeeRequired"));
				this.employee.setInvalid(true);
				return;
			}
			try {
				ExternalEntry recorded = trainings.record(chosen.accountId(), event.input(), event.evidence());
				close();
				Notices.success("jp.agency.recorded", recorded.title(), chosen.fullName());
				done.run();
			}
			catch (UserFacingException ex) {
				this.form.refused(ex);
			}
		});
		this.save.setText(getTranslation("jp.agency.recordSave"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> this.form.submit());
		add(this.employee, this.form);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

}
