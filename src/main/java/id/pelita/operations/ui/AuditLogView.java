package id.pelita.operations.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pelita.operations.AuditFilter;
import id.pelita.operations.AuditService;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.audit.AuditRecord;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.PageTitles;
import id.pelita.shared.ui.SpreadsheetDownload;
import id.pelita.shared.ui.UserContext;
import id.pelita.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The audit log ({@code /admin/audit}): who did what, when, from where, newest first. Administrators see every
 * entry, coordinators the entries about their agency's people (the service decides). Filters by who, action,
 * object and period are kept in the address; "older" loads the next keyset page below the last row; a row opens
 * its details (before and after); the filtered list downloads as CSV or XLSX (itself recorded in the log).
 */
@Route("admin/audit")
@Menu(title = "menu.audit", icon = "vaadin:clipboard-text", order = 86)
@RolesAllowed({ Role.ADMIN_NAME, Role.AGENCY_COORDINATOR_NAME })
class AuditLogView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "admin/audit";

	private final transient AuditService audit;

	private final transient Map<Long, String> agencyNames;

	final AuditFilterBar filters;

	final Grid<AuditRecord> grid = new Grid<>();

	final Button older = new Button();

	final Span message = new Span();

	final Anchor csv = new Anchor();

	final Anchor xlsx = new Anchor();

	private final List<AuditRecord> shown = new ArrayList<>();

	private boolean entering;

	AuditLogView(AuditService audit) {
		this.audit = audit;
		this.agencyNames = audit.agencyNames();
		this.filters = new AuditFilterBar(this::filterChanged);
		addClassName("page");
		setSizeFull();
		this.message.addClassName("empty-state");
		this.older.setText(getTranslation("audit.older"));
		this.older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.older.addClickListener(click -> loadOlder());
		this.csv.setText(getTranslation("audit.export.csv"));
		this.xlsx.setText(getTranslation("audit.export.xlsx"));
		this.csv.setHref(download(SpreadsheetFormat.CSV));
		this.xlsx.setHref(download(SpreadsheetFormat.XLSX));
		configureGrid();
		HorizontalLayout exports = new HorizontalLayout(this.csv, this.xlsx);
		add(new H2(getTranslation("audit.title")), this.filters, exports, this.message, this.grid, this.older);
	}

	private void configureGrid() {
		this.grid.addColumn(entry -> IndonesianTime.dateTime(entry.occurredAt(), UserContext.zone(), UserContext.locale()))
			.setHeader(getTranslation("audit.column.when"))
			.setAutoWidth(true);
		this.grid.addColumn(AuditLogView::actor).setHeader(getTranslation("audit.column.actor")).setFlexGrow(2);
		this.grid.addColumn(entry -> getTranslation("audit.action." + entry.action()))
			.setHeader(getTranslation("audit.column.action"))
			.setFlexGrow(2);
		this.grid.addColumn(entry -> getTranslation("audit.object." + entry.objectType())
				+ (entry.objectId() == null ? "" : " " + entry.objectId()))
			.setHeader(getTranslation("audit.column.object"))
			.setFlexGrow(2);
		this.grid.addColumn(entry -> agency(entry.subjectAgencyId()))
			.setHeader(getTranslation("audit.column.subjectAgency"))
			.setFlexGrow(2);
		this.grid.addColumn(entry -> entry.address() == null ? "" : entry.address())
			.setHeader(getTranslation("audit.column.address"))
			.setAutoWidth(true);
		this.grid.addItemClickListener(click -> new AuditEntryDialog(click.getItem(),
				agency(click.getItem().onBehalfAgencyId()), agency(click.getItem().subjectAgencyId())).open());
		this.grid.setSizeFull();
	}

	static String actor(AuditRecord entry) {
		return entry.actorName() == null ? entry.actorUsername()
				: entry.actorName() + " (" + entry.actorUsername() + ")";
	}

	private String agency(@Nullable Long id) {
		return id == null ? "" : this.agencyNames.getOrDefault(id, id.toString());
	}

	private com.vaadin.flow.server.streams.DownloadHandler download(SpreadsheetFormat format) {
		return SpreadsheetDownload.of(format, "log-audit",
				() -> this.audit.export(this.filters.filter(), format, UserContext.locale(), UserContext.zone()));
	}

	private void filterChanged() {
		if (this.entering) {
			return;
		}
		this.filters.address(ROUTE).write(this);
		reload();
	}

	/** Shows the newest page of the filter again. */
	void reload() {
		this.shown.clear();
		load(null);
	}

	/** Adds the next page, older than the last row shown. */
	void loadOlder() {
		load(this.shown.isEmpty() ? null : this.shown.getLast());
	}

	private void load(@Nullable AuditRecord last) {
		AuditFilter filter = this.filters.filter();
		List<AuditRecord> page;
		try {
			page = this.audit.entries(filter, last == null ? null : last.cursor(), AuditService.PAGE_SIZE,
					UserContext.zone());
		}
		catch (UserFacingException ex) {
			this.shown.clear();
			this.grid.setItems(this.shown);
			this.message.setText(getTranslation(ex.messageKey(), ex.arguments()));
			this.message.setVisible(true);
			this.older.setVisible(false);
			return;
		}
		this.shown.addAll(page);
		this.grid.setItems(this.shown);
		this.older.setVisible(page.size() == AuditService.PAGE_SIZE);
		this.message.setText(getTranslation("audit.empty"));
		this.message.setVisible(this.shown.isEmpty());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.entering = true;
		try {
			this.filters.read(event.getLocation().getQueryParameters());
		}
		finally {
			this.entering = false;
		}
		reload();
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "audit.title");
	}

}
