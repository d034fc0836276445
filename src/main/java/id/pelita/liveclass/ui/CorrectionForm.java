package id.pelita.liveclass.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import id.pelita.liveclass.AttendanceService;
import id.pelita.shared.time.IndonesianTime;

/**
 * A manual attendance correction: from, to (in the organiser's zone) and the reason, which is required. Fires a
 * {@link SubmitEvent}; the dialog around it calls the service.
 */
class CorrectionForm extends FormLayout {

	final DateTimePicker from = new DateTimePicker();

	final DateTimePicker to = new DateTimePicker();

	final TextArea reason = new TextArea();

	private final ZoneId zone;

	CorrectionForm(Instant start, Instant end, ZoneId zone) {
		this.zone = zone;
		String label = IndonesianTime.label(zone);
		this.from.setLabel(getTranslation("attendance.correction.from", label));
		this.to.setLabel(getTranslation("attendance.correction.to", label));
		this.from.setValue(LocalDateTime.ofInstant(start, zone));
		this.to.setValue(LocalDateTime.ofInstant(end, zone));
		this.from.setRequiredIndicatorVisible(true);
		this.to.setRequiredIndicatorVisible(true);
		this.reason.setLabel(getTranslation("attendance.correction.reason"));
		this.reason.setHelperText(getTranslation("attendance.correction.reasonHelp", AttendanceService.MAX_REASON));
		this.reason.setRequiredIndicatorVisible(true);
		this.reason.setMaxLength(AttendanceService.MAX_REASON);
		add(this.from, this.to, this.reason);
		setColspan(this.reason, 2);
	}

	/** Fires a {@link SubmitEvent} when both times and a reason are given. */
	void submit() {
		boolean missingFrom = this.from.getValue() == null;
		boolean missingTo = this.to.getValue() == null;
		boolean missingReason = this.reason.getValue().isBlank();
		mark(this.from, missingFrom);
		mark(this.to, missingTo);
		this.reason.setInvalid(missingReason);
		this.reason.setErrorMessage(missingReason ? getTranslation("form.required") : null);
		if (!missingFrom && !missingTo && !missingReason) {
			fireEvent(new SubmitEvent(this, instant(this.from.getValue()), instant(this.to.getValue()),
					this.reason.getValue().strip()));
		}
	}

	private void mark(DateTimePicker field, boolean missing) {
		field.setInvalid(missing);
		field.setErrorMessage(missing ? getTranslation("form.required") : null);
	}

	private Instant instant(LocalDateTime value) {
		return value.atZone(this.zone).toInstant();
	}

	Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
		return addListener(SubmitEvent.class, listener);
	}

	static final class SubmitEvent extends ComponentEvent<CorrectionForm> {

		private final Instant from;

		private final Instant to;

		private final String reason;

		SubmitEvent(CorrectionForm source, Instant from, Instant to, String reason) {
			super(source, false);
			this.from = from;
			this.to = to;
			this.reason = reason;
		}

		Instant from() {
			return this.from;
		}

		Instant to() {
			return this.to;
		}

		String reason() {
			return this.reason;
		}

	}

}
