package id.pelita.agency.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.pelita.agency.AgencySummary;
import id.pelita.agency.RosterEntry;
import id.pelita.agency.RosterFilter;
import id.pelita.agency.RosterImportService;
import id.pelita.agency.RosterService;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.identity.AccountStatus;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.PageTitles;
import id.pelita.shared.ui.SearchField;
import id.pelita.shared.ui.AddressFilters;
import jakarta.annotation.security.RolesAllowed;

/**
 * The agency coordinator's roster: the employees of the agency and its units, searchable by name or NIP and
 * filtered by unit and rank (kept in the address), added and edited one by one, switched off and on, and
 * imported from a CSV or XLSX file.
 */
@Route("instansi/pegawai")
@Menu(title = "menu.roster", icon = "vaadin:users", order = 41)
@RolesAllowed(Role.AGENCY_COORDINATOR_NAME)
class RosterView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "instansi/pegawai";

	private final transient RosterService roster;

	private final transient RosterImportService imports;

	private final List<AgencySummary> units;

	final SearchField search = new SearchField("roster.search");

	final ComboBox<AgencySummary> unit = new ComboBox<>();

	final ComboBox<String> rank = new ComboBox<>();

	final Button add = new Button();

	final Button importFile = new Button();

	final Anchor templateCsv;

	final Anchor templateXlsx;

	final Span count = new Span();

	final Grid<RosterEntry> grid = new Grid<>();

	final Div empty = new Div();

	private List<String> ranks = List.of();

	private boolean applyingAddress;

	RosterView(RosterService roster, RosterImportService imports) {
		this.roster = roster;
		this.imports = imports;
		this.units = roster.units();
		addClassName("page");
		setSizeFull();
		this.search.addValueChangeListener(event -> filterChanged());
		this.unit.setPlaceholder(getTranslation("roster.allUnits"));
		this.unit.setAriaLabel(getTranslation("roster.unit"));
		this.unit.setItems(this.units);
		this.unit.setItemLabelGenerator(agency -> agency.code() + " " + agency.name());
		this.unit.setClearButtonVisible(true);
		this.unit.addValueChangeListener(event -> filterChanged());
		this.rank.setPlaceholder(getTranslation("roster.allRanks"));
		this.rank.setAriaLabel(getTranslation("profile.rankGrade"));
		this.rank.setClearButtonVisible(true);
		this.rank.addValueChangeListener(event -> filterChanged());
		this.add.setText(getTranslation("roster.add"));
		this.add.setIcon(VaadinIcon.PLUS.create());
		this.add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.add.addClickListener(click -> new EmployeeDialog(this.roster, this.units, null, this::changed).open());
		this.importFile.setText(getTranslation("roster.import"));
		this.importFile.setIcon(VaadinIcon.UPLOAD.create());
		this.importFile.addClickListener(click -> new RosterImportDialog(this.imports, this::changed).open());
		this.templateCsv = template(SpreadsheetFormat.CSV, "roster.template.csv");
		this.templateXlsx = template(SpreadsheetFormat.XLSX, "roster.template.xlsx");
		this.empty.addClassName("empty-state");
		this.empty.setText(getTranslation("roster.empty"));
		configureGrid();
		HorizontalLayout filters = new HorizontalLayout(this.search, this.unit, this.rank);
		filters.setWrap(true);
		HorizontalLayout actions = new HorizontalLayout(this.add, this.importFile, this.templateCsv, this.templateXlsx);
		actions.setWrap(true);
		actions.setAlignItems(Alignment.CENTER);
		add(new H2(getTranslation("menu.roster")), actions, filters, this.count, this.grid, this.empty);
		loadRanks();
	}

	private void configureGrid() {
		this.grid.addColumn(RosterEntry::fullName).setHeader(getTranslation("profile.fullName")).setFlexGrow(2)
			.setSortable(true);
		this.grid.addColumn(entry -> Objects.toString(entry.nip(), "")).setHeader(getTranslation("profile.nip"))
			.setAutoWidth(true);
		this.grid.addColumn(entry -> Objects.toString(entry.rankGrade(), ""))
			.setHeader(getTranslation("profile.rankGrade"));
		this.grid.addColumn(entry -> Objects.toString(entry.position(), ""))
			.setHeader(getTranslation("profile.position"));
		this.grid.addColumn(RosterEntry::unitName).setHeader(getTranslation("roster.unit")).setFlexGrow(2);
		this.grid.addComponentColumn(entry -> {
			Span chip = new Span(getTranslation("account.status." + entry.status()));
			chip.addClassName("chip");
			return chip;
		}).setHeader(getTranslation("account.status")).setAutoWidth(true);
		this.grid.addComponentColumn(this::actions).setHeader(getTranslation("account.actions")).setAutoWidth(true);
		this.grid.setSizeFull();
	}

	private HorizontalLayout actions(RosterEntry entry) {
		Button edit = new Button(getTranslation("roster.edit"), click -> new EmployeeDialog(this.roster, this.units, entry, this::changed).open());
		edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
		boolean disabled = entry.status() == AccountStatus.DISABLED;
		Button toggle = new Button(getTranslation(disabled ? "roster.reactivate" : "roster.deactivate"), click -> {
			try {
				this.roster.setActive(entry.accountId(), disabled);
				Notices.success(disabled ? "roster.reactivated" : "roster.deactivated", entry.fullName());
				refresh();
			}
			catch (UserFacingException ex) {
				Notices.failure(ex);
			}
		});
		toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, disabled ? ButtonVariant.LUMO_SUCCESS
				: ButtonVariant.LUMO_ERROR);
		return new HorizontalLayout(edit, toggle);
	}

	private Anchor template(SpreadsheetFormat format, String textKey) {
		Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] bytes = this.imports.template(format);
			return new DownloadResponse(new ByteArrayInputStream(bytes), format.fileName(RosterImportService.TEMPLATE_NAME), format.mediaType(),
					bytes.length);
		}), AttachmentType.DOWNLOAD, getTranslation(textKey));
		return anchor;
	}

	/** After a save or an import: new ranks may have appeared. */
	private void changed() {
		loadRanks();
		refresh();
	}

	private void loadRanks() {
		String selected = this.rank.getValue();
		this.ranks = this.roster.roster(RosterFilter.ALL)
			.stream()
			.map(RosterEntry::rankGrade)
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.toList();
		this.applyingAddress = true;
		this.rank.setItems(this.ranks);
		this.rank.setValue(selected != null && this.ranks.contains(selected) ? selected : null);
		this.applyingAddress = false;
	}

	private void refresh() {
		List<RosterEntry> entries = this.roster.roster(new RosterFilter(this.search.getValue(),
				this.unit.getValue() == null ? null : this.unit.getValue().id(), this.rank.getValue()));
		this.grid.setItems(entries);
		this.count.setText(getTranslation("roster.count", entries.size()));
		this.grid.setVisible(!entries.isEmpty());
		this.empty.setVisible(entries.isEmpty());
	}

	private void filterChanged() {
		if (this.applyingAddress) {
			return;
		}
		refresh();
		AddressFilters.of(ROUTE)
			.with("q", this.search.getValue())
			.with("unit", this.unit.getValue() == null ? null : this.unit.getValue().code())
			.with("rank", this.rank.getValue())
			.write(this);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		this.applyingAddress = true;
		this.search.setValue(parameters.getSingleParameter("q").orElse(""));
		this.unit.setValue(parameters.getSingleParameter("unit")
			.flatMap(code -> this.units.stream().filter(agency -> agency.code().equals(code)).findFirst())
			.orElse(null));
		this.rank.setValue(parameters.getSingleParameter("rank").filter(this.ranks::contains).orElse(null));
		this.applyingAddress = false;
		refresh();
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "menu.roster");
	}

}
