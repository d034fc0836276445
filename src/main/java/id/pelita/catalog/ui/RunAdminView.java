package id.pelita.catalog.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import id.pelita.catalog.CatalogService;
import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.catalog.RunStatus;
import id.pelita.catalog.SeatAvailability;
import id.pelita.identity.AgencyDirectory;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The organiser's runs (Angkatan) of one month ({@code ?bulan=2027-03}, default this month): seats used, status,
 * and the actions of a run's life: create, edit, publish, close registration, cancel, copy to next month. The
 * run's name leads to its participants page ({@code kelola/angkatan/<id>}).
 */
@Route(RunAdminView.ROUTE)
@Menu(title = "menu.manageRuns", icon = "vaadin:calendar", order = 41)
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
class RunAdminView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "kelola/angkatan";

	static final String MONTH_PARAMETER = "bulan";

	private final transient RunService runs;

	private final transient CatalogService catalog;

	private final transient AgencyDirectory agencies;

	private final transient ObjectProvider<SeatAvailability> seatAvailability;

	private final transient Clock clock;

	final Button previous = new Button();

	final Button next = new Button();

	final H3 monthTitle = new H3();

	final Button create = new Button();

	final Grid<RunDetails> grid = new Grid<>();

	final Paragraph empty = new Paragraph();

	private YearMonth month;

	private Map<Long, Integer> confirmed = Map.of();

	RunAdminView(RunService runs, CatalogService catalog, AgencyDirectory agencies,
			ObjectProvider<SeatAvailability> seatAvailability, Clock clock) {
		this.runs = runs;
		this.catalog = catalog;
		this.agencies = agencies;
		this.seatAvailability = seatAvailability;
		this.clock = clock;
		this.month = currentMonth();
		addClassName("page");
		setSizeFull();
		this.previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
		this.previous.setAriaLabel(getTranslation("runAdmin.previousMonth"));
		this.previous.setTooltipText(getTranslation("runAdmin.previousMonth"));
		this.previous.addClickListener(click -> showMonth(this.month.minusMonths(1)));
		this.next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
		this.next.setAriaLabel(getTranslation("runAdmin.nextMonth"));
		this.next.setTooltipText(getTranslation("runAdmin.nextMonth"));
		this.next.addClickListener(click -> showMonth(this.month.plusMonths(1)));
		this.create.setText(getTranslation("runAdmin.create"));
		this.create.setIcon(VaadinIcon.PLUS.create());
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener(click -> openDialog(null));
		this.monthTitle.addClassName("month-title");
		HorizontalLayout monthPicker = new HorizontalLayout(this.previous, this.monthTitle, this.next);
		monthPicker.setAlignItems(FlexComponent.Alignment.CENTER);
		HorizontalLayout toolbar = new HorizontalLayout(monthPicker, this.create);
		toolbar.setWrap(true);
		toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
		configureGrid();
		this.empty.addClassName("empty-state");
		add(new H2(getTranslation("menu.manageRuns")), toolbar, this.grid, this.empty);
	}

	private void configureGrid() {
		this.grid.addComponentColumn(this::runCell)
			.setHeader(getTranslation("runAdmin.run"))
			.setKey("run")
			.setFlexGrow(3);
		this.grid.addComponentColumn(this::scheduleCell)
			.setHeader(getTranslation("runAdmin.schedule"))
			.setKey("schedule")
			.setFlexGrow(2);
		this.grid.addColumn(this::seats).setHeader(getTranslation("runAdmin.seatsColumn")).setKey("seats")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addComponentColumn(this::statusChip).setHeader(getTranslation("runAdmin.status")).setKey("status")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addComponentColumn(this::actions).setHeader(getTranslation("runAdmin.actions")).setKey("actions")
			.setFlexGrow(2);
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setSizeFull();
	}

	/** The course and, below it, the run's name leading to its participants. */
	private Div runCell(RunDetails run) {
		Span course = new Span(run.courseTitle());
		course.addClassName("cell-title");
		Anchor name = new Anchor(ROUTE + "/" + run.id(), run.name());
		return new Div(course, name);
	}

	/** The registration window and, below it, the run's dates. */
	private Div scheduleCell(RunDetails run) {
		Span registration = new Span(getTranslation("runAdmin.registrationWindow",
				CatalogFormats.window(run.registrationOpensAt(), run.registrationClosesAt(), UserContext.zone(),
						UserContext.locale())));
		Span dates = new Span(getTranslation("runAdmin.datesOf",
				CatalogFormats.dates(run.startsOn(), run.endsOn(), UserContext.locale())));
		registration.addClassName("cell-line");
		dates.addClassName("cell-line");
		return new Div(registration, dates);
	}

	private String seats(RunDetails run) {
		if (this.seatAvailability.getIfUnique() == null) {
			return String.valueOf(run.seats());
		}
		return getTranslation("runAdmin.seatsUsed", this.confirmed.getOrDefault(run.id(), 0), run.seats());
	}

	private Span statusChip(RunDetails run) {
		Span chip = new Span(getTranslation(run.status().labelKey()));
		chip.addClassNames("chip", "status-" + run.status().name().toLowerCase(java.util.Locale.ROOT));
		return chip;
	}

	private HorizontalLayout actions(RunDetails run) {
		HorizontalLayout actions = new HorizontalLayout();
		actions.setSpacing(false);
		actions.setWrap(true);
		boolean changeable = run.status() != RunStatus.CANCELLED && run.status() != RunStatus.FINISHED;
		if (changeable) {
			actions.add(action("runAdmin.edit", () -> openDialog(run)));
		}
		if (run.status() == RunStatus.DRAFT) {
			actions.add(action("runAdmin.publish", () -> perform(() -> this.runs.publish(run.id()),
					"runAdmin.published", run.name())));
		}
		if (run.status() == RunStatus.PUBLISHED) {
			actions.add(action("runAdmin.closeRegistration", () -> perform(
					() -> this.runs.closeRegistration(run.id()), "runAdmin.registrationClosed", run.name())));
		}
		actions.add(action("runAdmin.copy", () -> copy(run)));
		if (changeable) {
			Button cancel = action("runAdmin.cancel", () -> confirmCancel(run));
			cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
			actions.add(cancel);
		}
		return actions;
	}

	private Button action(String key, Runnable work) {
		Button button = new Button(getTranslation(key), click -> work.run());
		button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		return button;
	}

	private void copy(RunDetails run) {
		try {
			RunDetails copy = this.runs.run(this.runs.copyToNextMonth(run.id()));
			Notices.success("runAdmin.copied", copy.name(), CatalogFormats.month(copy.month(), UserContext.locale()));
			refresh();
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
	}

	private void confirmCancel(RunDetails run) {
		ConfirmDialog confirm = new ConfirmDialog();
		confirm.setHeader(getTranslation("runAdmin.cancel.title"));
		confirm.setText(getTranslation("runAdmin.cancel.text", run.name(), run.courseTitle()));
		confirm.setCancelable(true);
		confirm.setCancelText(getTranslation("runAdmin.cancel.keep"));
		confirm.setConfirmText(getTranslation("runAdmin.cancel.confirm"));
		confirm.setConfirmButtonTheme("error primary");
		confirm.addConfirmListener(event -> perform(() -> this.runs.cancel(run.id()), "runAdmin.cancelled",
				run.name()));
		confirm.open();
	}

	private void perform(Runnable action, String successKey, Object... arguments) {
		try {
			action.run();
			Notices.success(successKey, arguments);
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
		refresh();
	}

	private void openDialog(@Nullable RunDetails existing) {
		ZoneId zone = CurrentUser.get().map(PelitaUser::zone).orElse(IndonesianTime.DEFAULT_ZONE);
		Dialog dialog = new Dialog();
		dialog.setWidth("900px");
		dialog.setMaxWidth("100%");
		dialog.setHeaderTitle(existing == null ? getTranslation("runAdmin.create")
				: getTranslation("runAdmin.editTitle", existing.name()));
		RunForm form = new RunForm(this.catalog.courses(), this.agencies.all(), zone, UserContext.locale(), this.month,
				LocalDate.now(this.clock.withZone(zone)));
		if (existing != null) {
			form.edit(existing, zone);
		}
		form.addSubmitListener(event -> {
			try {
				if (existing == null) {
					this.runs.createRun(event.draft());
					Notices.success("runAdmin.created", event.draft().name().strip(),
							CatalogFormats.month(event.draft().month(), UserContext.locale()));
				}
				else {
					this.runs.updateRun(existing.id(), event.draft());
					Notices.success("runAdmin.updated", event.draft().name().strip());
				}
				dialog.close();
				if (event.draft().month().equals(this.month)) {
					refresh();
				}
				else {
					showMonth(event.draft().month());
				}
			}
			catch (UserFacingException ex) {
				form.showError(ex);
				Notices.failure(ex);
			}
		});
		Button save = new Button(getTranslation("action.save"), click -> form.submit());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.add(form);
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
		dialog.open();
	}

	private void showMonth(YearMonth shown) {
		getUI().ifPresent(ui -> ui.navigate(RunAdminView.class,
				QueryParameters.of(MONTH_PARAMETER, shown.toString())));
	}

	private void refresh() {
		List<RunDetails> found = this.runs.runsOfMonth(this.month);
		SeatAvailability availability = this.seatAvailability.getIfUnique();
		this.confirmed = availability == null || found.isEmpty() ? Map.of()
				: availability.confirmedSeats(found.stream().map(RunDetails::id).toList());
		this.monthTitle.setText(CatalogFormats.month(this.month, UserContext.locale()));
		this.grid.setItems(found);
		this.grid.setVisible(!found.isEmpty());
		this.empty.setVisible(found.isEmpty());
		this.empty.setText(getTranslation("runAdmin.empty", CatalogFormats.month(this.month, UserContext.locale())));
	}

	private YearMonth currentMonth() {
		return YearMonth.now(this.clock.withZone(UserContext.zone()));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.month = event.getLocation()
			.getQueryParameters()
			.getSingleParameter(MONTH_PARAMETER)
			.map(RunAdminView::parseMonth)
			.orElseGet(this::currentMonth);
		refresh();
	}

	private static @Nullable YearMonth parseMonth(String value) {
		try {
			return YearMonth.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.manageRuns") + " | " + getTranslation("app.name");
	}

}
