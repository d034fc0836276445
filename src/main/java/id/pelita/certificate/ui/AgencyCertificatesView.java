package id.pelita.certificate.ui;

import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.pelita.certificate.AgencyCertificate;
import id.pelita.certificate.AgencyCertificates;
import id.pelita.certificate.CertificateStatus;
import id.pelita.certificate.internal.Snapshot;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.AddressFilters;
import id.pelita.shared.ui.PageTitles;
import id.pelita.shared.ui.SearchField;
import jakarta.annotation.security.RolesAllowed;

/**
 * The coordinator's certificates of the agency's employees: filtered by year, run and name or NIP (kept in the
 * address), each PDF to download, and the filtered certificates in force as one ZIP streamed file by file.
 */
@Route("instansi/sertifikat")
@Menu(title = "menu.agencyCertificates", icon = "vaadin:diploma", order = 47)
@RolesAllowed(Role.AGENCY_COORDINATOR_NAME)
class AgencyCertificatesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "instansi/sertifikat";

	static final String ZIP_NAME = AgencyCertificates.ZIP_NAME;

	final ComboBox<Integer> year = new ComboBox<>();

	final ComboBox<AgencyCertificates.RunOption> run = new ComboBox<>();

	final SearchField search = new SearchField("certificate.agency.search");

	final Span count = new Span();

	final Anchor zip = new Anchor();

	final Grid<AgencyCertificate> grid = new Grid<>();

	final Div empty = new Div();

	private final transient AgencyCertificates certificates;

	private final List<Integer> years;

	private boolean applyingAddress;

	AgencyCertificatesView(AgencyCertificates certificates) {
		this.certificates = certificates;
		this.years = certificates.years();
		addClassName("page");
		setSizeFull();
		this.year.setPlaceholder(getTranslation("certificate.mine.allYears"));
		this.year.setAriaLabel(getTranslation("certificate.mine.year"));
		this.year.setItems(this.years);
		this.year.setItemLabelGenerator(String::valueOf);
		this.year.setClearButtonVisible(true);
		this.year.setWidth("10rem");
		this.year.addValueChangeListener(event -> {
			loadRuns();
			filterChanged();
		});
		this.run.setPlaceholder(getTranslation("certificate.agency.allRuns"));
		this.run.setAriaLabel(getTranslation("certificate.agency.run"));
		this.run.setItemLabelGenerator(option -> option.courseTitle() + " · " + option.runName());
		this.run.setClearButtonVisible(true);
		this.run.setWidth("24rem");
		this.run.addValueChangeListener(event -> filterChanged());
		this.search.setWidth("18rem");
		this.search.addValueChangeListener(event -> filterChanged());
		this.zip.setText(getTranslation("certificate.agency.zip"));
		this.zip.addClassName("download-link");
		this.empty.addClassName("empty-state");
		configureGrid();
		HorizontalLayout filters = new HorizontalLayout(this.year, this.run, this.search);
		filters.setWrap(true);
		HorizontalLayout actions = new HorizontalLayout(this.count, this.zip);
		actions.setAlignItems(Alignment.BASELINE);
		add(new H2(getTranslation("menu.agencyCertificates")), filters, actions, this.grid, this.empty);
		loadRuns();
	}

	private void configureGrid() {
		this.grid.addColumn(AgencyCertificate::holderName).setHeader(getTranslation("profile.fullName")).setFlexGrow(2);
		this.grid.addColumn(entry -> Objects.toString(entry.holderNip(), "")).setHeader(getTranslation("profile.nip"))
			.setAutoWidth(true);
		this.grid.addColumn(entry -> Objects.toString(entry.unit(), "")).setHeader(getTranslation("roster.unit"));
		this.grid.addColumn(entry -> entry.courseTitle() + " · " + entry.runName())
			.setHeader(getTranslation("certificate.agency.run")).setFlexGrow(2);
		this.grid.addColumn(AgencyCertificate::number).setHeader(getTranslation("certificate.report.number"));
		this.grid.addColumn(entry -> getTranslation("certificate.mine.jp", Snapshot.jp(entry.jp())))
			.setHeader(getTranslation("certificate.verify.jp")).setAutoWidth(true);
		this.grid.addComponentColumn(entry -> {
			Span chip = new Span(getTranslation("certificate.status." + entry.status()));
			chip.getElement().getThemeList().add(entry.status() == CertificateStatus.VALID ? "badge success"
					: "badge error");
			return chip;
		}).setHeader(getTranslation("certificate.report.state")).setAutoWidth(true);
		this.grid.addComponentColumn(this::download).setAutoWidth(true);
		this.grid.setSizeFull();
	}

	private Span download(AgencyCertificate entry) {
		Span cell = new Span();
		if (entry.status() == CertificateStatus.VALID) {
			Anchor pdf = new Anchor(entry.pdfUrl(), getTranslation("certificate.mine.download"));
			pdf.setTarget(AnchorTarget.BLANK);
			pdf.getElement().setAttribute("download", true);
			cell.add(pdf);
		}
		return cell;
	}

	/** The ZIP of what the filters show, written straight into the response. */
	private DownloadHandler zipDownload(AgencyCertificates.Filter filter) {
		return event -> {
			event.setFileName(ZIP_NAME);
			event.setContentType("application/zip");
			try (OutputStream out = event.getOutputStream()) {
				this.certificates.writeZip(filter, out);
			}
		};
	}

	AgencyCertificates.Filter filter() {
		AgencyCertificates.RunOption chosen = this.run.getValue();
		String typed = this.search.getValue();
		return new AgencyCertificates.Filter(this.year.getValue(), chosen == null ? null : chosen.runId(),
				typed == null || typed.isBlank() ? null : typed);
	}

	private void loadRuns() {
		AgencyCertificates.RunOption selected = this.run.getValue();
		List<AgencyCertificates.RunOption> runs = this.certificates.runs(this.year.getValue());
		boolean applying = this.applyingAddress;
		this.applyingAddress = true;
		this.run.setItems(runs);
		this.run.setValue(selected != null && runs.contains(selected) ? selected : null);
		this.applyingAddress = applying;
	}

	void refresh() {
		AgencyCertificates.Filter filter = filter();
		int total = this.certificates.count(filter);
		this.zip.setHref(zipDownload(filter), AttachmentType.DOWNLOAD);
		this.grid.setItems(query -> this.certificates.page(filter, query.getOffset(), query.getLimit()).stream(),
				query -> this.certificates.count(filter));
		this.count.setText(getTranslation("certificate.agency.count", total));
		this.grid.setVisible(total > 0);
		this.zip.setVisible(total > 0);
		this.empty.setVisible(total == 0);
		this.empty.setText(getTranslation(this.years.isEmpty() ? "certificate.agency.none" : "certificate.agency.noMatch"));
	}

	private void filterChanged() {
		if (this.applyingAddress) {
			return;
		}
		refresh();
		AgencyCertificates.RunOption chosen = this.run.getValue();
		AddressFilters.of(ROUTE)
			.with("tahun", this.year.getValue())
			.with("angkatan", chosen == null ? null : chosen.runId())
			.with("q", this.search.getValue())
			.write(this);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		this.applyingAddress = true;
		this.year.setValue(number(parameters, "tahun").map(Long::intValue).filter(this.years::contains).orElse(null));
		loadRuns();
		this.run.setValue(number(parameters, "angkatan")
			.flatMap(id -> this.run.getListDataView().getItems().filter(option -> option.runId() == id).findFirst())
			.orElse(null));
		this.search.setValue(parameters.getSingleParameter("q").orElse(""));
		this.applyingAddress = false;
		refresh();
	}

	private static Optional<Long> number(QueryParameters parameters, String name) {
		return parameters.getSingleParameter(name).filter(value -> value.matches("[0-9]{1,18}")).map(Long::valueOf);
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "menu.agencyCertificates");
	}

}
