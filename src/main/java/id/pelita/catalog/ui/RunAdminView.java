package id.pelita.catalog.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import id.pelita.catalog.SeatAvailability;
import id.pelita.identity.AgencyDirectory;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.MonthParameter;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;
import id.pelita.shared.ui.PageTitles;
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
class RunAdminView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver, RunGrid.Actions {

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

	final RunGrid grid = new RunGrid(this);

	final Paragraph empty = new Paragraph();

	private YearMonth month;

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
		this.grid.setSizeFull();
		this.empty.addClassName("empty-state");
		add(new H2(getTranslation("menu.manageRuns")), toolbar, this.grid, this.empty);
	}

	@Override
	public void edit(RunDetails run) {
		openDialog(run);
	}

	@Override
	public void publish(RunDetails run) {
		perform(() -> this.runs.publish(run.id()), "runAdmin.published", run.name());
	}

	@Override
	public void closeRegistration(RunDetails run) {
		perform(() -> this.runs.closeRegistration(run.id()), "runAdmin.registrationClosed", run.name());
	}

	@Override
	public void copyToNextMonth(RunDetails run) {
		try {
			RunDetails copy = this.runs.run(this.runs.copyToNextMonth(run.id()));
			Notices.success("runAdmin.copied", copy.name(), CatalogFormats.month(copy.month(), UserContext.locale()));
			refresh();
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
	}

	@Override
	public void cancel(RunDetails run) {
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
		Map<Long, Integer> confirmed = availability == null ? null
				: found.isEmpty() ? Map.of() : availability.confirmedSeats(found.stream().map(RunDetails::id).toList());
		this.monthTitle.setText(CatalogFormats.month(this.month, UserContext.locale()));
		this.grid.show(found, confirmed);
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
			.map(MonthParameter::parse)
			.orElseGet(this::currentMonth);
		refresh();
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "menu.manageRuns");
	}

}
