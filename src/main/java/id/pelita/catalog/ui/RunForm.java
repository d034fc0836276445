package id.pelita.catalog.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import id.pelita.catalog.CourseSummary;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunDraft;
import id.pelita.identity.AgencyDirectory.AgencyRef;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.FieldErrors;
import id.pelita.shared.time.IndonesianTime;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a run (Angkatan): course, name, month, registration window in the organiser's zone, dates, seats,
 * optional seats per agency and enrolment mode. It fires a {@link SubmitEvent}; the service checks coherence and
 * {@link #showError} puts its refusal next to the field concerned.
 */
class RunForm extends FormLayout {

	final ComboBox<CourseSummary> course = new ComboBox<>();

	final TextField name = new TextField();

	final ComboBox<YearMonth> month = new ComboBox<>();

	final DateTimePicker registrationOpens = new DateTimePicker();

	final DateTimePicker registrationCloses = new DateTimePicker();

	final DatePicker startsOn = new DatePicker();

	final DatePicker endsOn = new DatePicker();

	final IntegerField seats = new IntegerField();

	final Select<EnrolmentMode> enrolmentMode = new Select<>();

	final Div agencySeats = new Div();

	final Button addAgencySeats = new Button();

	final Span agencySeatsMessage = new Span();

	final List<AgencySeatsRow> agencyRows = new ArrayList<>();

	private final List<AgencyRef> agencies;

	private final FieldErrors errors = new FieldErrors();

	private String suggestedName = "";

	RunForm(List<CourseSummary> courses, List<AgencyRef> agencies, ZoneId zone, Locale locale, YearMonth month,
			LocalDate today) {
		this.agencies = agencies;
		String zoneLabel = IndonesianTime.label(zone);
		this.course.setLabel(getTranslation("runAdmin.course"));
		this.course.setItems(courses);
		this.course.setItemLabelGenerator(CourseSummary::title);
		this.name.setLabel(getTranslation("runAdmin.name"));
		this.name.setPlaceholder(getTranslation("runAdmin.name.example"));
		this.month.setLabel(getTranslation("runAdmin.month"));
		this.month.setItems(months(month, YearMonth.from(today)));
		this.month.setItemLabelGenerator(value -> CatalogFormats.month(value, locale));
		this.month.addValueChangeListener(event -> suggestName());
		this.registrationOpens.setLabel(getTranslation("runAdmin.registrationOpens", zoneLabel));
		this.registrationCloses.setLabel(getTranslation("runAdmin.registrationCloses", zoneLabel));
		this.registrationOpens.setHelperText(getTranslation("runAdmin.zone.help", zoneLabel));
		this.registrationOpens.setLocale(locale);
		this.registrationCloses.setLocale(locale);
		this.startsOn.setLabel(getTranslation("runAdmin.startsOn"));
		this.endsOn.setLabel(getTranslation("runAdmin.endsOn"));
		this.startsOn.setLocale(locale);
		this.endsOn.setLocale(locale);
		this.seats.setLabel(getTranslation("runAdmin.seats"));
		this.seats.setMin(1);
		this.seats.setStepButtonsVisible(true);
		String seatsError = getTranslation("run.error.seats");
		this.seats.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(seatsError)
			.setMinErrorMessage(seatsError));
		this.enrolmentMode.setLabel(getTranslation("runAdmin.enrolmentMode"));
		this.enrolmentMode.setItems(EnumSet.allOf(EnrolmentMode.class));
		this.enrolmentMode.setItemLabelGenerator(mode -> getTranslation(mode.labelKey()));
		this.addAgencySeats.setText(getTranslation("runAdmin.agencySeats.add"));
		this.addAgencySeats.setIcon(VaadinIcon.PLUS.create());
		this.addAgencySeats.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		this.addAgencySeats.addClickListener(click -> addAgencyRow(null, null));
		this.agencySeatsMessage.addClassName("field-note");
		this.agencySeatsMessage.setText(getTranslation("runAdmin.agencySeats.help"));
		Div agencyBox = new Div(new NativeLabel(getTranslation("runAdmin.agencySeats")), this.agencySeats,
				this.addAgencySeats, this.agencySeatsMessage);
		agencyBox.addClassName("agency-seats");
		defaults(month, today);
		registerErrors();
		add(this.course, this.name, this.month, this.enrolmentMode, this.registrationOpens, this.registrationCloses,
				this.startsOn, this.endsOn, this.seats, agencyBox);
		setColspan(this.course, 2);
		setColspan(this.name, 2);
		setColspan(agencyBox, 2);
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
	}

	/** Fills the form with a run to change; its course cannot change. */
	void edit(RunDetails run, ZoneId zone) {
		this.course.getListDataView()
			.getItems()
			.filter(candidate -> candidate.id() == run.courseId())
			.findFirst()
			.ifPresent(this.course::setValue);
		this.course.setReadOnly(true);
		if (!this.month.getListDataView().contains(run.month())) {
			this.month.getListDataView().addItem(run.month());
		}
		this.month.setValue(run.month());
		this.name.setValue(run.name());
		this.registrationOpens.setValue(LocalDateTime.ofInstant(run.registrationOpensAt(), zone));
		this.registrationCloses.setValue(LocalDateTime.ofInstant(run.registrationClosesAt(), zone));
		this.startsOn.setValue(run.startsOn());
		this.endsOn.setValue(run.endsOn());
		this.seats.setValue(run.seats());
		this.enrolmentMode.setValue(run.enrolmentMode());
		this.agencySeats.removeAll();
		this.agencyRows.clear();
		run.agencySeats().forEach((agencyId, reserved) -> this.agencies.stream()
			.filter(agency -> agency.id() == agencyId)
			.findFirst()
			.ifPresent(agency -> addAgencyRow(agency, reserved)));
	}

	/** Sends the run as the fields hold it; rows without an agency are left out. */
	void submit() {
		clearErrors();
		Map<Long, Integer> reserved = new LinkedHashMap<>();
		for (AgencySeatsRow row : this.agencyRows) {
			if (row.agency.getValue() != null) {
				reserved.merge(row.agency.getValue().id(), row.seats.getValue() == null ? 0 : row.seats.getValue(),
						Integer::sum);
			}
		}
		RunDraft draft = new RunDraft(this.course.getValue() == null ? -1 : this.course.getValue().id(),
				this.name.getValue(), this.month.getValue(), this.registrationOpens.getValue(),
				this.registrationCloses.getValue(), this.startsOn.getValue(), this.endsOn.getValue(),
				this.seats.getValue() == null ? 0 : this.seats.getValue(), reserved, this.enrolmentMode.getValue());
		fireEvent(new SubmitEvent(this, draft));
	}

	/** Shows a refusal next to the field it concerns; returns whether a field took it. */
	boolean showError(UserFacingException failure) {
		clearErrors();
		String message = getTranslation(failure.messageKey(), failure.arguments());
		if (failure.messageKey().startsWith("run.error.agencySeats")) {
			this.agencySeatsMessage.setText(message);
			this.agencySeatsMessage.addClassName("field-error");
			return true;
		}
		return this.errors.show(failure.messageKey(), message);
	}

	AgencySeatsRow addAgencyRow(@Nullable AgencyRef agency, @Nullable Integer reserved) {
		AgencySeatsRow row = new AgencySeatsRow();
		if (agency != null) {
			row.agency.setValue(agency);
		}
		if (reserved != null) {
			row.seats.setValue(reserved);
		}
		this.agencyRows.add(row);
		this.agencySeats.add(row);
		return row;
	}

	private void defaults(YearMonth month, LocalDate today) {
		LocalDate base = month.atDay(1).isAfter(today) ? month.atDay(1) : today.plusDays(1);
		this.month.setValue(month);
		this.registrationOpens.setValue(base.atTime(8, 0));
		this.registrationCloses.setValue(base.plusDays(4).atTime(16, 0));
		this.startsOn.setValue(base.plusDays(7));
		this.endsOn.setValue(base.plusDays(9));
		this.seats.setValue(40);
		this.enrolmentMode.setValue(EnrolmentMode.OPEN);
	}

	/** Proposes "Angkatan I - Maret 2027" for the chosen month until the organiser types a name of their own. */
	private void suggestName() {
		if (this.month.getValue() == null || !(this.name.isEmpty() || this.name.getValue().equals(this.suggestedName))) {
			return;
		}
		this.suggestedName = getTranslation("runAdmin.name.suggested",
				CatalogFormats.month(this.month.getValue(), Locale.forLanguageTag("id")));
		this.name.setValue(this.suggestedName);
	}

	private static List<YearMonth> months(YearMonth shown, YearMonth current) {
		TreeSet<YearMonth> months = new TreeSet<>();
		Stream.iterate(current.minusMonths(1), value -> value.plusMonths(1)).limit(15).forEach(months::add);
		months.add(shown);
		return List.copyOf(months);
	}

	private void registerErrors() {
		this.errors.on(this.course, "course.error.notFound", "run.error.courseFixed")
			.on(this.name, "run.error.name")
			.on(this.registrationCloses, "run.error.registrationOrder", "run.error.registrationPast",
					"run.error.registrationAfterStart")
			.on(this.endsOn, "run.error.dateOrder")
			.on(this.seats, "run.error.seats");
	}

	private void clearErrors() {
		this.errors.clear();
		this.agencySeatsMessage.setText(getTranslation("runAdmin.agencySeats.help"));
		this.agencySeatsMessage.removeClassName("field-error");
	}

	Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
		return addListener(SubmitEvent.class, listener);
	}

	/** One agency with the seats reserved for it. */
	final class AgencySeatsRow extends HorizontalLayout {

		final ComboBox<AgencyRef> agency = new ComboBox<>();

		final IntegerField seats = new IntegerField();

		final Button remove = new Button();

		AgencySeatsRow() {
			this.agency.setAriaLabel(getTranslation("runAdmin.agencySeats.agency"));
			this.agency.setPlaceholder(getTranslation("runAdmin.agencySeats.agency"));
			this.agency.setItems(RunForm.this.agencies);
			this.agency.setItemLabelGenerator(AgencyRef::name);
			this.agency.setWidthFull();
			this.seats.setAriaLabel(getTranslation("runAdmin.agencySeats.seats"));
			this.seats.setPlaceholder(getTranslation("runAdmin.agencySeats.seats"));
			this.seats.setMin(1);
			this.seats.setWidth("8em");
			this.remove.setIcon(VaadinIcon.CLOSE_SMALL.create());
			this.remove.setAriaLabel(getTranslation("runAdmin.agencySeats.remove"));
			this.remove.setTooltipText(getTranslation("runAdmin.agencySeats.remove"));
			this.remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
			this.remove.addClickListener(click -> {
				RunForm.this.agencyRows.remove(this);
				RunForm.this.agencySeats.remove(this);
			});
			setWidthFull();
			setAlignItems(FlexComponent.Alignment.BASELINE);
			add(this.agency, this.seats, this.remove);
		}

	}

	static final class SubmitEvent extends ComponentEvent<RunForm> {

		private final RunDraft draft;

		SubmitEvent(RunForm source, RunDraft draft) {
			super(source, false);
			this.draft = draft;
		}

		RunDraft draft() {
			return this.draft;
		}

	}

}
