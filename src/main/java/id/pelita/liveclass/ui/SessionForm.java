package id.pelita.liveclass.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.shared.Registration;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.SessionPlanning.Host;
import id.pelita.liveclass.SessionPlanning.ProviderChoice;
import id.pelita.liveclass.VideoMeetingProvider;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a session for one of the organiser's tasks: schedule a new one (everything), move it (date, time,
 * zone, duration), change its details (title, host, instructor) or set its recording link. It fires a
 * {@link SubmitEvent} with what the fields hold; the service checks it, and {@link #showError} puts a refusal next
 * to its field.
 */
class SessionForm extends FormLayout {

	/** What the form is for; it shows only the fields of that task. */
	enum Task {

		SCHEDULE, MOVE, DESCRIBE, RECORDING

	}

	static final int DEFAULT_DURATION = 90;

	final TextField title = new TextField();

	final DatePicker date = new DatePicker();

	final TimePicker time = new TimePicker();

	final ComboBox<ZoneId> zone = new ComboBox<>();

	final IntegerField duration = new IntegerField();

	final Select<String> provider = new Select<>();

	final ComboBox<Host> host = new ComboBox<>();

	final TextField instructor = new TextField();

	final TextField recording = new TextField();

	private final FieldErrors errors = new FieldErrors();

	SessionForm(Task task, List<Host> hosts, long me, List<ProviderChoice> providers, String defaultProvider,
			ZoneId organiserZone, Locale locale) {
		this.title.setLabel(getTranslation("schedule.form.title"));
		this.title.setMaxLength(200);
		this.title.setRequiredIndicatorVisible(true);
		this.date.setLabel(getTranslation("schedule.form.date"));
		this.date.setLocale(locale);
		this.date.setRequiredIndicatorVisible(true);
		this.time.setLabel(getTranslation("schedule.form.time"));
		this.time.setLocale(locale);
		this.time.setStep(Duration.ofMinutes(15));
		this.time.setValue(LocalTime.of(9, 0));
		this.time.setRequiredIndicatorVisible(true);
		this.zone.setLabel(getTranslation("schedule.form.zone"));
		this.zone.setItems(IndonesianTime.ZONES);
		this.zone.setItemLabelGenerator(z -> getTranslation("zone." + IndonesianTime.label(z)));
		this.zone.setValue(IndonesianTime.ZONES.contains(organiserZone) ? organiserZone : IndonesianTime.DEFAULT_ZONE);
		this.duration.setLabel(getTranslation("schedule.form.duration"));
		this.duration.setStep(15);
		this.duration.setStepButtonsVisible(true);
		this.duration.setValue(DEFAULT_DURATION);
		this.provider.setLabel(getTranslation("schedule.form.provider"));
		this.provider.setItems(providers.stream().map(ProviderChoice::id).toList());
		this.provider.setItemLabelGenerator(id -> getTranslation(VideoMeetingProvider.labelKey(id)));
		Set<String> available = providers.stream()
			.filter(ProviderChoice::available)
			.map(ProviderChoice::id)
			.collect(Collectors.toSet());
		this.provider.setItemEnabledProvider(available::contains);
		this.provider.setValue(defaultProvider);
		String unavailable = providers.stream()
			.filter(choice -> !choice.available())
			.map(choice -> getTranslation(choice.labelKey()))
			.collect(Collectors.joining(", "));
		if (!unavailable.isEmpty()) {
			this.provider.setHelperText(getTranslation("schedule.form.providersUnavailable", unavailable));
		}
		this.host.setLabel(getTranslation("schedule.form.host"));
		this.host.setItems(hosts);
		this.host.setItemLabelGenerator(Host::name);
		hosts.stream().filter(candidate -> candidate.accountId() == me).findFirst().ifPresent(this.host::setValue);
		this.instructor.setLabel(getTranslation("schedule.form.instructor"));
		this.instructor.setMaxLength(200);
		this.recording.setLabel(getTranslation("schedule.form.recording"));
		this.recording.setPlaceholder(getTranslation("schedule.form.recording.placeholder"));
		this.recording.setHelperText(getTranslation("schedule.form.recording.help"));
		this.errors.on(this.title, "liveclass.error.titleRequired", "liveclass.error.titleTooLong")
			.on(this.date, "liveclass.error.startRequired", "liveclass.error.startPast", "liveclass.error.sameTime")
			.on(this.zone, "liveclass.error.zone")
			.on(this.duration, "liveclass.error.duration")
			.on(this.provider, "liveclass.error.zoomNotConfigured", "liveclass.error.providerUnavailable")
			.on(this.recording, "liveclass.error.recordingUrl");
		switch (task) {
			case SCHEDULE -> add(this.title, this.date, this.time, this.zone, this.duration, this.provider, this.host,
					this.instructor);
			case MOVE -> add(this.date, this.time, this.zone, this.duration);
			case DESCRIBE -> add(this.title, this.host, this.instructor);
			case RECORDING -> add(this.recording);
		}
		if (task == Task.SCHEDULE || task == Task.DESCRIBE) {
			setColspan(this.title, 2);
		}
		setColspan(this.recording, 2);
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
	}

	/**
	 * Fills the fields with the session as it is; its time in the zone it was scheduled in. A host who is no longer
	 * an organiser leaves the host empty, which keeps them.
	 */
	void edit(LiveSession session) {
		this.title.setValue(session.title());
		this.date.setValue(session.startsAt().atZone(session.zone()).toLocalDate());
		this.time.setValue(session.startsAt().atZone(session.zone()).toLocalTime());
		this.zone.setValue(session.zone());
		this.duration.setValue(session.durationMinutes());
		this.provider.setValue(session.provider());
		this.host.clear();
		if (session.hostAccountId() != null) {
			this.host.getListDataView()
				.getItems()
				.filter(candidate -> candidate.accountId() == session.hostAccountId())
				.findFirst()
				.ifPresent(this.host::setValue);
		}
		this.instructor.setValue(session.instructor() == null ? "" : session.instructor());
		this.recording.setValue(session.recordingUrl() == null ? "" : session.recordingUrl());
	}

	/** Sends what the fields hold; the service decides whether it will do. */
	void submit() {
		this.errors.clear();
		fireEvent(new SubmitEvent(this, new Values(this.title.getValue(), this.date.getValue(), this.time.getValue(),
				this.zone.getValue(), this.duration.getValue() == null ? 0 : this.duration.getValue(),
				this.provider.getValue() == null ? "" : this.provider.getValue(),
				this.host.getValue() == null ? null : this.host.getValue().accountId(), this.instructor.getValue(),
				this.recording.getValue())));
	}

	/** Shows a refusal next to the field it concerns; returns whether a field took it. */
	boolean showError(UserFacingException failure) {
		return this.errors.show(failure.messageKey(), getTranslation(failure.messageKey(), failure.arguments()));
	}

	Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
		return addListener(SubmitEvent.class, listener);
	}

	/** What the fields held when the form was sent. */
	record Values(String title, @Nullable LocalDate date, @Nullable LocalTime time, @Nullable ZoneId zone,
			int durationMinutes, String provider, @Nullable Long hostAccountId, String instructor,
			String recording) {
	}

	static final class SubmitEvent extends ComponentEvent<SessionForm> {

		private final Values values;

		SubmitEvent(SessionForm source, Values values) {
			super(source, false);
			this.values = values;
		}

		Values values() {
			return this.values;
		}

	}

}
