package id.pelita.liveclass.ui;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.pelita.liveclass.AttendanceService;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.RunAttendance;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.ui.SpreadsheetDownload;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * A run's attendance matrix for organisers: a row per participant, a column per session (not cancelled) with the
 * percentage attended, each person's overall percentage and the run's; each column header leads to the session's
 * attendance page. Downloads as CSV and XLSX.
 */
@Route("kelola/angkatan/:runId([0-9]{1,18})/kehadiran")
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
class RunAttendanceView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String RUN_ID = "runId";

	private final transient AttendanceService attendance;

	final Anchor back = new Anchor();

	final H2 title = new H2();

	final Paragraph summary = new Paragraph();

	final Anchor csv = new Anchor();

	final Anchor xlsx = new Anchor();

	final Grid<RunAttendance.Row> grid = new Grid<>();

	final Paragraph empty = new Paragraph();

	private @Nullable RunAttendance matrix;

	private long runId;

	private Locale locale = Locale.ROOT;

	private ZoneId zone = ZoneId.systemDefault();

	RunAttendanceView(AttendanceService attendance) {
		this.attendance = attendance;
		addClassName("page");
		setSizeFull();
		this.back.setText(getTranslation("attendance.backToSessions"));
		this.csv.setText(getTranslation("attendance.downloadCsv"));
		this.xlsx.setText(getTranslation("attendance.downloadXlsx"));
		FlexLayout downloads = new FlexLayout(this.csv, this.xlsx);
		downloads.getStyle().set("gap", "var(--lumo-space-l)");
		this.grid.setSizeFull();
		this.empty.addClassName("empty-state");
		add(this.back, this.title, this.summary, downloads, this.grid, this.empty);
	}

	/** The organisers' session list of a run, built by the scheduling pages. */
	static String sessionsOfRun(long runId) {
		return "kelola/angkatan/" + runId + "/sesi";
	}

	static String route(long runId) {
		return "kelola/angkatan/" + runId + "/kehadiran";
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.runId = Long.parseLong(event.getRouteParameters().get(RUN_ID).orElseThrow());
		this.locale = UserContext.locale();
		this.zone = UserContext.zone();
		RunAttendance shown;
		try {
			shown = this.attendance.ofRun(this.runId);
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			event.forwardTo("kelola/angkatan");
			return;
		}
		this.matrix = shown;
		this.back.setHref(sessionsOfRun(this.runId));
		this.title.setText(getTranslation("attendance.run.title", shown.courseTitle(), shown.runName()));
		String fileName = "kehadiran-angkatan-" + this.runId;
		this.csv.setHref(download(SpreadsheetFormat.CSV, fileName));
		this.xlsx.setHref(download(SpreadsheetFormat.XLSX, fileName));
		show(shown);
	}

	private void show(RunAttendance shown) {
		this.grid.removeAllColumns();
		this.grid.addColumn(RunAttendance.Row::fullName)
			.setHeader(getTranslation("attendance.name"))
			.setFrozen(true)
			.setAutoWidth(true);
		this.grid.addColumn(row -> row.nip() == null ? "" : row.nip())
			.setHeader(getTranslation("attendance.nip"))
			.setAutoWidth(true);
		for (LiveSession session : shown.sessions()) {
			Anchor header = new Anchor("kelola/sesi/" + session.id(), SessionFormats.shortTime(session.startsAt()));
			header.getElement().setAttribute("title", session.title());
			this.grid.addColumn(row -> SessionFormats.percent(row.in(session.id()).percent()))
				.setHeader(new Div(header, new Div(new Span(session.title()))))
				.setKey("session-" + session.id())
				.setAutoWidth(true);
		}
		this.grid.addColumn(row -> SessionFormats.percent(row.overallPercent()))
			.setHeader(getTranslation("attendance.run.overall"))
			.setKey("overall")
			.setAutoWidth(true);
		this.grid.setItems(shown.rows());
		boolean nothing = shown.sessions().isEmpty() || shown.rows().isEmpty();
		this.grid.setVisible(!nothing);
		this.empty.setVisible(nothing);
		this.empty.setText(getTranslation(shown.sessions().isEmpty() ? "attendance.run.noSessions"
				: "attendance.run.noParticipants"));
		this.summary.setText(getTranslation("attendance.run.summary", shown.sessions().size(),
				shown.scheduled().toMinutes(), SessionFormats.percent(shown.overallPercent())));
	}

	private DownloadHandler download(SpreadsheetFormat format, String fileName) {
		return SpreadsheetDownload.of(format, fileName, () -> export(format));
	}

	/** The matrix in the format, as the download sends it. */
	byte[] export(SpreadsheetFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.attendance.exportRun(this.runId, format, this.locale, this.zone, out);
		return out.toByteArray();
	}

	@Override
	public String getPageTitle() {
		String name = this.matrix == null ? "" : " " + this.matrix.courseTitle() + " – " + this.matrix.runName();
		return PageTitles.named(this, getTranslation("attendance.run.pageTitle") + name);
	}

}
