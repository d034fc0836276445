package id.pelita.agency.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import id.pelita.agency.AgencySummary;
import id.pelita.agency.EmployeeInput;
import id.pelita.agency.RosterEntry;
import id.pelita.agency.RosterService;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.web.InvalidFields;
import org.jspecify.annotations.Nullable;

/** Adds an employee to the roster or edits one; the fields the service refuses are marked with their reasons. */
class EmployeeDialog extends Dialog {

	private final transient RosterService roster;

	private final transient Runnable saved;

	private final @Nullable RosterEntry entry;

	final EmployeeForm form;

	/** For a new employee when {@code entry} is null, else to edit that one. */
	EmployeeDialog(RosterService roster, List<AgencySummary> units, @Nullable RosterEntry entry, Runnable saved) {
		this.roster = roster;
		this.entry = entry;
		this.saved = saved;
		this.form = new EmployeeForm(units);
		setHeaderTitle(getTranslation(entry == null ? "roster.add" : "roster.edit"));
		if (entry != null) {
			this.form.edit(roster.employee(entry.accountId()).input());
		}
		this.form.addSubmitListener(event -> save(event.employee()));
		Button save = new Button(getTranslation("action.save"), click -> this.form.submit());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(this.form);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
	}

	private void save(EmployeeInput employee) {
		try {
			if (this.entry == null) {
				this.roster.add(employee);
			}
			else {
				this.roster.update(this.entry.accountId(), employee);
			}
			close();
			Notices.success("roster.saved", employee.fullName().strip());
			this.saved.run();
		}
		catch (InvalidFields ex) {
			this.form.show(ex);
			Notices.failure(ex);
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
	}

}
