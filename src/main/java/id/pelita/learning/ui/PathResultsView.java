package id.pelita.learning.ui;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.pelita.learning.PathModule;
import id.pelita.learning.PathResults;
import id.pelita.learning.ProgressMatrix;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.SpreadsheetDownload;
import id.pelita.shared.ui.UserContext;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * A run's results for organisers: the progress matrix (a row per participant, a column per module with its state or
 * quiz score, attendance), who completed and what each of the others still lacks; mark complete or revoke with a
 * reason; CSV and XLSX downloads of the same.
 */
@Route("kelola/angkatan/:runId([0-9]{1,18})/hasil")
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
class PathResultsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String RUN_ID = "runId";

	private final transient PathResults results;

	final H2 title = new H2();

	final Anchor path = new Anchor();

	final Paragraph summary = new Paragraph();

	final Anchor csv = new Anchor();

	final Anchor xlsx = new Anchor();

	final Grid<ProgressMatrix.Row> grid = new Grid<>();

	final Paragraph empty = new Paragraph();

	private @Nullable ProgressMatrix matrix;

	private long runId;

	private Locale locale = Locale.ROOT;

	PathResultsView(PathResults results) {
		this.results = results;
		addClassName("page");
		setSizeFull();
		this.path.setText(getTranslation("learning.results.toPath"));
		this.csv.setText(getTranslation("learning.results.downloadCsv"));
		this.xlsx.setText(getTranslation("learning.results.downloadXlsx"));
		FlexLayout links = new FlexLayout(this.path, this.csv, this.xlsx);
		links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		links.getStyle().set("gap", "var(--lumo-space-l)");
		this.grid.setSizeFull();
		this.empty.setText(getTranslation("learning.results.empty"));
		this.empty.addClassName("empty-state");
		add(this.title, links, this.summary, this.grid, this.empty);
	}

	static String route(long runId) {
		return "kelola/angkatan/" + runId + "/hasil";
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.runId = Long.parseLong(event.getRouteParameters().get(RUN_ID).orElseThrow());
		this.locale = UserContext.locale();
		try {
			show(this.results.matrix(this.runId));
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			event.forwardTo("kelola/angkatan");
			return;
		}
		this.path.setHref(RunPathView.route(this.runId));
		String fileName = "hasil-angkatan-" + this.runId;
		this.csv.setHref(SpreadsheetDownload.of(SpreadsheetFormat.CSV, fileName, () -> export(SpreadsheetFormat.CSV)));
		this.xlsx.setHref(SpreadsheetDownload.of(SpreadsheetFormat.XLSX, fileName,
				() -> export(SpreadsheetFormat.XLSX)));
	}

	void show(ProgressMatrix shown) {
		this.matrix = shown;
		this.title.setText(getTranslation("learning.results.title", shown.courseTitle(), shown.runName()));
		this.summary.setText(getTranslation("learning.results.summary", shown.rows().size(), shown.completedCount(),
				shown.modules().size()));
		this.grid.removeAllColumns();
		this.grid.addColumn(ProgressMatrix.Row::fullName)
			.setHeader(getTranslation("learning.results.name"))
			.setFrozen(true)
			.setAutoWidth(true);
		this.grid.addColumn(row -> row.nip() == null ? "" : row.nip()).setHeader(getTranslation("learning.results.nip"))
			.setAutoWidth(true);
		for (PathModule module : shown.modules()) {
			this.grid.addColumn(row -> cell(row.cell(module.id())))
				.setHeader(module.position() + ". " + module.title())
				.setKey("module-" + module.id())
				.setAutoWidth(true);
		}
		this.grid.addColumn(row -> percent(row.attendancePercent())).setHeader(getTranslation("learning.results.attendance"))
			.setKey("attendance")
			.setAutoWidth(true);
		this.grid.addColumn(this::status).setHeader(getTranslation("learning.results.status")).setKey("status").setFlexGrow(3);
		this.grid.addComponentColumn(this::action).setKey("action").setAutoWidth(true);
		this.grid.setItems(shown.rows());
		this.grid.setVisible(!shown.rows().isEmpty());
		this.empty.setVisible(shown.rows().isEmpty());
	}

	private String cell(ProgressMatrix.Cell cell) {
		return cell.score() != null ? cell.score().stripTrailingZeros().toPlainString()
				: getTranslation(cell.state().labelKey());
	}

	String status(ProgressMatrix.Row row) {
		if (row.completed()) {
			String when = IndonesianTime.dateTime(row.completedAt(), UserContext.zone(), this.locale);
			return getTranslation(row.manual() ? "learning.results.completedManual" : "learning.results.completed", when);
		}
		String lacking = row.lacking().stream().map(lack -> LearningFormats.lack(this, lack))
			.collect(Collectors.joining("; "));
		return row.revokedReason() != null ? getTranslation("learning.results.revoked", row.revokedReason()) + " " + lacking
				: lacking;
	}

	private Div action(ProgressMatrix.Row row) {
		Button button = new Button(getTranslation(row.completed() ? "learning.results.revoke" : "learning.results.markComplete"));
		button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		button.addClickListener(click -> {
			boolean revoke = row.completed();
			new ReasonDialog(getTranslation(revoke ? "learning.results.revokeTitle" : "learning.results.markTitle", row.fullName()),
					getTranslation(revoke ? "learning.results.revoke" : "learning.results.markComplete"), reason -> {
						if (revoke) {
							this.results.revoke(this.runId, row.accountId(), reason);
						}
						else {
							this.results.markComplete(this.runId, row.accountId(), reason);
						}
						Notices.success(revoke ? "learning.results.revokedNotice" : "learning.results.markedNotice", row.fullName());
						show(this.results.matrix(this.runId));
					}).open();
		});
		return new Div(button);
	}

	private String percent(double value) {
		return getTranslation("learning.results.percent", value);
	}

	byte[] export(SpreadsheetFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.results.export(this.runId, format, this.locale, out);
		return out.toByteArray();
	}

	@Override
	public String getPageTitle() {
		String name = this.matrix == null ? "" : " " + this.matrix.courseTitle() + " – " + this.matrix.runName();
		return PageTitles.named(this, getTranslation("learning.results.pageTitle") + name);
	}

}
