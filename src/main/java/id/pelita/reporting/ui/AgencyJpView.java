package id.pelita.reporting.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.pelita.reporting.AgencyExternalEntry;
import id.pelita.reporting.ExternalEntry.Status;
import id.pelita.reporting.ExternalEntryFilter;
import id.pelita.reporting.ExternalEntryImport;
import id.pelita.reporting.ExternalEvidence;
import id.pelita.reporting.ExternalTrainings;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.AddressFilters;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.PageTitles;
import id.pelita.shared.ui.SearchField;
import id.pelita.shared.ui.UserContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The coordinator's trainings outside the platform, for the agency and its units: submissions waiting for approval
 * (approve, or reject with a reason), recording an entry for an employee, the bulk upload of a CSV/XLSX file with
 * its templates, and the entries of a year filtered by status and text (kept in the address), voidable with a
 * reason.
 */
@Route("instansi/jp")
@StyleSheet("context://styles/jp.css")
@Menu(title = "menu.agencyJp", icon = "vaadin:chart-timeline", order = 47)
@RolesAllowed(Role.AGENCY_COORDINATOR_NAME)
class AgencyJpView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "instansi/jp";

	private final transient ExternalTrainings trainings;

	final Button record = new Button();

	final Button upload = new Button();

	final AgencyEntryGrid pending;

	final Paragraph noPending = new Paragraph();

	final Select<Integer> year = new Select<>();

	final Select<@Nullable Status> status = new Select<>();

	final SearchField search = new SearchField("jp.agency.search");

	final AgencyEntryGrid entries;

	final Paragraph count = new Paragraph();

	private boolean applyingAddress;

	AgencyJpView(ExternalTrainings trainings, ExternalEvidence evidence, ExternalEntryImport imports) {
		this.trainings = trainings;
		this.pending = new AgencyEntryGrid(evidence, this::pendingActions);
		this.entries = new AgencyEntryGrid(evidence, this::entryActions);
		addClassName("page");
		this.record.setText(getTranslation("jp.agency.record"));
		this.record.setIcon(VaadinIcon.PLUS.create());
		this.record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.record.addClickListener(click -> new RecordEntryDialog(trainings, this::refresh).open());
		this.upload.setText(getTranslation("jp.agency.upload"));
		this.upload.setIcon(VaadinIcon.UPLOAD.create());
		this.upload.addClickListener(click -> new ExternalImportDialog(imports, this::refresh).open());
		HorizontalLayout actions = new HorizontalLayout(this.record, this.upload,
				template(imports, SpreadsheetFormat.CSV, getTranslation("jp.agency.templateCsv")),
				template(imports, SpreadsheetFormat.XLSX, getTranslation("jp.agency.templateXlsx")));
		actions.setWrap(true);
		actions.setAlignItems(Alignment.CENTER);
		this.noPending.setText(getTranslation("jp.agency.noPending"));
		int thisYear = LocalDate.now(UserContext.zone()).getYear();
		this.year.setLabel(getTranslation("jp.mine.year"));
		this.year.setItems(IntStream.rangeClosed(0, MyJpView.YEARS).map(back -> thisYear + 1 - back).boxed().toList());
		this.year.setItemLabelGenerator(String::valueOf);
		this.year.setValue(thisYear);
		this.status.setLabel(getTranslation("jp.agency.status"));
		this.status.setEmptySelectionAllowed(true);
		this.status.setEmptySelectionCaption(getTranslation("jp.agency.allStatuses"));
		this.status.setItems(Arrays.asList(Status.values()));
		this.status.setItemLabelGenerator(value -> value == null ? getTranslation("jp.agency.allStatuses")
				: getTranslation(value.labelKey()));
		this.year.addValueChangeListener(change -> filterChanged());
		this.status.addValueChangeListener(change -> filterChanged());
		this.search.addValueChangeListener(change -> filterChanged());
		HorizontalLayout filters = new HorizontalLayout(this.year, this.status, this.search);
		filters.setWrap(true);
		filters.setAlignItems(Alignment.END);
		add(new H1(getTranslation("jp.agency.title")), actions, new H2(getTranslation("jp.agency.pending")),
				this.noPending, this.pending, new H2(getTranslation("jp.agency.entries")), filters, this.count,
				this.entries);
	}

	void refresh() {
		long waiting = this.trainings.countPending();
		this.pending.show(waiting, (offset, limit) -> this.trainings.pending(offset, limit));
		this.pending.setVisible(waiting > 0);
		this.noPending.setVisible(waiting == 0);
		ExternalEntryFilter filter = new ExternalEntryFilter(this.year.getValue(), this.status.getValue(),
				this.search.getValue());
		long found = this.trainings.countOfAgency(filter);
		this.entries.show(found, (offset, limit) -> this.trainings.ofAgency(filter, offset, limit));
		this.count.setText(getTranslation("jp.agency.count", found));
	}

	private Component pendingActions(AgencyExternalEntry row) {
		Button approve = new Button(getTranslation("jp.agency.approve"), click -> act(() -> {
			this.trainings.approve(row.entry().id());
			Notices.success("jp.agency.approved", row.entry().title(), row.fullName());
		}));
		approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
		Button reject = new Button(getTranslation("jp.agency.reject"), click -> new ReasonDialog("jp.agency.rejectTitle",
				"jp.agency.reject", row.entry().title(), reason -> act(() -> {
					this.trainings.reject(row.entry().id(), reason);
					Notices.success("jp.agency.rejected", row.entry().title(), row.fullName());
				})).open());
		reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
		HorizontalLayout buttons = new HorizontalLayout(approve, reject);
		buttons.setWrap(true);
		return buttons;
	}

	private Component entryActions(AgencyExternalEntry row) {
		if (row.entry().status() != Status.COUNTED) {
			return new HorizontalLayout();
		}
		Button voidEntry = new Button(getTranslation("jp.agency.void"), click -> new ReasonDialog("jp.agency.voidTitle",
				"jp.agency.void", row.entry().title(), reason -> act(() -> {
					this.trainings.voidEntry(row.entry().id(), reason);
					Notices.success("jp.agency.voided", row.entry().title(), row.fullName());
				})).open());
		voidEntry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
		return voidEntry;
	}

	private void act(Runnable action) {
		try {
			action.run();
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
		refresh();
	}

	private static Anchor template(ExternalEntryImport imports, SpreadsheetFormat format, String text) {
		Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] bytes = imports.template(format);
			return new DownloadResponse(new ByteArrayInputStream(bytes),
					format.fileName(ExternalEntryImport.TEMPLATE_NAME), format.mediaType(), bytes.length);
		}), AttachmentType.DOWNLOAD, text);
		return anchor;
	}

	private void filterChanged() {
		if (this.applyingAddress) {
			return;
		}
		refresh();
		AddressFilters.of(ROUTE)
			.with("tahun", this.year.getValue())
			.with("status", this.status.getValue() == null ? null : this.status.getValue().name())
			.with("q", this.search.getValue())
			.write(this);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		this.applyingAddress = true;
		parameters.getSingleParameter("tahun")
			.filter(text -> text.matches("\\d{4}"))
			.map(Integer::valueOf)
			.filter(value -> this.year.getListDataView().contains(value))
			.ifPresent(this.year::setValue);
		this.status.setValue(parameters.getSingleParameter("status")
			.flatMap(name -> Arrays.stream(Status.values()).filter(value -> value.name().equals(name)).findFirst())
			.orElse(null));
		this.search.setValue(parameters.getSingleParameter("q").orElse(""));
		this.applyingAddress = false;
		refresh();
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "jp.agency.title");
	}

}
