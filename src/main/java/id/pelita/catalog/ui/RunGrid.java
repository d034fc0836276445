package id.pelita.catalog.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunStatus;
import id.pelita.shared.ui.UserContext;
import org.jspecify.annotations.Nullable;

/**
 * The runs of a month, one row each: course and run name (leading to the run's participants page), schedule,
 * seats used, status, and the actions the run's status allows. The actions are the view's to carry out.
 */
class RunGrid extends Grid<RunDetails> {

	private final transient Actions actions;

	private @Nullable Map<Long, Integer> confirmed;

	RunGrid(Actions actions) {
		this.actions = actions;
		addComponentColumn(this::runCell).setHeader(getTranslation("runAdmin.run")).setKey("run").setFlexGrow(3);
		addComponentColumn(this::scheduleCell).setHeader(getTranslation("runAdmin.schedule"))
			.setKey("schedule")
			.setFlexGrow(2);
		addColumn(this::seats).setHeader(getTranslation("runAdmin.seatsColumn"))
			.setKey("seats")
			.setAutoWidth(true)
			.setFlexGrow(0);
		addComponentColumn(this::statusChip).setHeader(getTranslation("runAdmin.status"))
			.setKey("status")
			.setAutoWidth(true)
			.setFlexGrow(0);
		addComponentColumn(this::actionButtons).setHeader(getTranslation("runAdmin.actions"))
			.setKey("actions")
			.setFlexGrow(2);
		addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
	}

	/**
	 * Shows the runs.
	 *
	 * @param confirmed seats taken per run id, or null when no module counts them (then only the seats show)
	 */
	void show(List<RunDetails> runs, @Nullable Map<Long, Integer> confirmed) {
		this.confirmed = confirmed;
		setItems(runs);
	}

	/**
	 * The course and, below it, the run's name leading to its participants and a link to its report (a page of the
	 * reporting module, linked by its route).
	 */
	private Div runCell(RunDetails run) {
		Span course = new Span(run.courseTitle());
		course.addClassName("cell-title");
		Anchor report = new Anchor(RunAdminView.ROUTE + "/" + run.id() + "/laporan",
				getTranslation("orgreport.link.runReport"));
		report.addClassName("cell-line");
		return new Div(course, new Anchor(RunAdminView.ROUTE + "/" + run.id(), run.name()), report);
	}

	/** The registration window and, below it, the run's dates. */
	private Div scheduleCell(RunDetails run) {
		Span registration = new Span(getTranslation("runAdmin.registrationWindow", CatalogFormats
			.window(run.registrationOpensAt(), run.registrationClosesAt(), UserContext.zone(), UserContext.locale())));
		Span dates = new Span(getTranslation("runAdmin.datesOf",
				CatalogFormats.dates(run.startsOn(), run.endsOn(), UserContext.locale())));
		registration.addClassName("cell-line");
		dates.addClassName("cell-line");
		return new Div(registration, dates);
	}

	private String seats(RunDetails run) {
		if (this.confirmed == null) {
			return String.valueOf(run.seats());
		}
		return getTranslation("runAdmin.seatsUsed", this.confirmed.getOrDefault(run.id(), 0), run.seats());
	}

	private Span statusChip(RunDetails run) {
		Span chip = new Span(getTranslation(run.status().labelKey()));
		chip.addClassNames("chip", "status-" + run.status().name().toLowerCase(Locale.ROOT));
		return chip;
	}

	private HorizontalLayout actionButtons(RunDetails run) {
		HorizontalLayout buttons = new HorizontalLayout();
		buttons.setSpacing(false);
		buttons.setWrap(true);
		boolean changeable = run.status() != RunStatus.CANCELLED && run.status() != RunStatus.FINISHED;
		if (changeable) {
			buttons.add(button("runAdmin.edit", run, this.actions::edit));
		}
		if (run.status() == RunStatus.DRAFT) {
			buttons.add(button("runAdmin.publish", run, this.actions::publish));
		}
		if (run.status() == RunStatus.PUBLISHED) {
			buttons.add(button("runAdmin.closeRegistration", run, this.actions::closeRegistration));
		}
		buttons.add(button("runAdmin.copy", run, this.actions::copyToNextMonth));
		if (changeable) {
			Button cancel = button("runAdmin.cancel", run, this.actions::cancel);
			cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
			buttons.add(cancel);
		}
		return buttons;
	}

	private Button button(String key, RunDetails run, Consumer<RunDetails> action) {
		Button button = new Button(getTranslation(key), click -> action.accept(run));
		button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		return button;
	}

	/** What the buttons of a row do. */
	interface Actions {

		void edit(RunDetails run);

		void publish(RunDetails run);

		void closeRegistration(RunDetails run);

		void copyToNextMonth(RunDetails run);

		/** Asks for confirmation first. */
		void cancel(RunDetails run);

	}

}
