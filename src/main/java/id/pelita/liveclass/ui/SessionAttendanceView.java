package id.pelita.liveclass.ui;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.pelita.liveclass.AttendanceRow;
import id.pelita.liveclass.AttendanceService;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.LiveSessionService;
import id.pelita.liveclass.UnmatchedZoomParticipant;
import id.pelita.liveclass.ZoomAttendance;
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
 * The attendance of one session for organisers: each confirmed participant (and anyone else seen) with minutes,
 * percentage, first join, last leave and sources; a manual correction with a reason; CSV and XLSX downloads.
 */
@Route("kelola/sesi/:sessionId([0-9]{1,18})")
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
class SessionAttendanceView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final transient LiveSessionService sessions;

	private final transient AttendanceService attendance;

	private final transient ZoomAttendance zoom;

	final Anchor back = new Anchor();

	final Anchor runMatrix = new Anchor();

	final H2 title = new H2();

	final Paragraph details = new Paragraph();

	final Paragraph summary = new Paragraph();

	final Anchor csv = new Anchor();

	final Anchor xlsx = new Anchor();

	final Grid<AttendanceRow> grid = new Grid<>();

	final Paragraph empty = new Paragraph();

	/** Zoom participants whom neither registrant id nor e-mail matched: the organiser corrects them by hand. */
	final Grid<UnmatchedZoomParticipant> unmatched = new Grid<>();

	final H3 unmatchedTitle = new H3();

	private @Nullable LiveSession session;

	private Locale locale = Locale.ROOT;

	private ZoneId zone = ZoneId.systemDefault();

	SessionAttendanceView(LiveSessionService sessions, AttendanceService attendance, ZoomAttendance zoom) {
		this.sessions = sessions;
		this.attendance = attendance;
		this.zoom = zoom;
		addClassName("page");
		setSizeFull();
		this.back.setText(getTranslation("attendance.backToSessions"));
		this.runMatrix.setText(getTranslation("attendance.session.runMatrix"));
		this.csv.setText(getTranslation("attendance.downloadCsv"));
		this.xlsx.setText(getTranslation("attendance.downloadXlsx"));
		FlexLayout links = new FlexLayout(this.back, this.runMatrix);
		links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		links.getStyle().set("gap", "var(--lumo-space-l)");
		FlexLayout downloads = new FlexLayout(this.csv, this.xlsx);
		downloads.getStyle().set("gap", "var(--lumo-space-l)");
		configureGrid();
		this.empty.setText(getTranslation("attendance.session.empty"));
		this.empty.addClassName("empty-state");
		this.unmatchedTitle.setText(getTranslation("attendance.unmatched.title"));
		this.unmatched.addColumn(row -> row.name() == null ? "" : row.name())
			.setHeader(getTranslation("attendance.name"))
			.setFlexGrow(2);
		this.unmatched.addColumn(row -> row.email() == null ? "" : row.email())
			.setHeader(getTranslation("attendance.unmatched.email"))
			.setFlexGrow(2);
		this.unmatched.addColumn(row -> SessionFormats.shortTime(row.joinedAt()))
			.setHeader(getTranslation("attendance.firstJoin"))
			.setAutoWidth(true);
		this.unmatched.addColumn(row -> SessionFormats.shortTime(row.leftAt()))
			.setHeader(getTranslation("attendance.lastLeave"))
			.setAutoWidth(true);
		this.unmatched.setAllRowsVisible(true);
		add(links, this.title, this.details, this.summary, downloads, this.grid, this.empty, this.unmatchedTitle,
				this.unmatched);
	}

	private void configureGrid() {
		this.grid.addComponentColumn(this::name).setHeader(getTranslation("attendance.name")).setFlexGrow(2);
		this.grid.addColumn(row -> row.nip() == null ? "" : row.nip())
			.setHeader(getTranslation("attendance.nip"))
			.setAutoWidth(true);
		this.grid.addColumn(row -> row.agencyName() == null ? "" : row.agencyName())
			.setHeader(getTranslation("attendance.agency"))
			.setFlexGrow(2);
		this.grid.addColumn(row -> getTranslation("attendance.minutesOf", row.attendance().minutes(),
				row.attendance().scheduledMinutes()))
			.setHeader(getTranslation("attendance.minutes"))
			.setAutoWidth(true);
		this.grid.addColumn(row -> SessionFormats.percent(row.attendance().percent()))
			.setHeader(getTranslation("attendance.percent"))
			.setAutoWidth(true);
		this.grid.addColumn(row -> SessionFormats.shortTime(row.attendance().firstJoin()))
			.setHeader(getTranslation("attendance.firstJoin"))
			.setAutoWidth(true);
		this.grid.addColumn(row -> SessionFormats.shortTime(row.attendance().lastLeave()))
			.setHeader(getTranslation("attendance.lastLeave"))
			.setAutoWidth(true);
		this.grid.addColumn(row -> SessionFormats.sources(this, row.attendance()))
			.setHeader(getTranslation("attendance.sources"))
			.setFlexGrow(1);
		this.grid.addComponentColumn(this::correctButton).setHeader(getTranslation("attendance.actions"));
		this.grid.setSizeFull();
	}

	private Div name(AttendanceRow row) {
		Div cell = new Div(new Span(row.fullName()));
		if (!row.confirmed()) {
			cell.add(new Span(" "), SessionFormats.chip(getTranslation("attendance.notConfirmed")));
		}
		return cell;
	}

	private Button correctButton(AttendanceRow row) {
		Button correct = new Button(getTranslation("attendance.correct"), click -> openCorrection(row));
		correct.addThemeVariants(ButtonVariant.LUMO_SMALL);
		correct.setEnabled(this.session != null && !this.session.cancelled());
		return correct;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long sessionId = Long.parseLong(event.getRouteParameters().get(SessionView.SESSION_ID).orElseThrow());
		try {
			this.session = this.sessions.session(sessionId);
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			event.forwardTo("kelola/angkatan");
			return;
		}
		LiveSession shown = this.session;
		this.locale = UserContext.locale();
		this.zone = UserContext.zone();
		this.title.setText(getTranslation("attendance.session.title", shown.title()));
		this.details.setText(getTranslation("sessionPage.course", shown.courseTitle(), shown.runName()) + " · "
				+ SessionFormats.when(this, shown) + " · " + getTranslation(shown.providerLabelKey())
				+ (shown.cancelled() ? " · " + getTranslation(shown.status().labelKey()) : ""));
		this.back.setHref(RunAttendanceView.sessionsOfRun(shown.runId()));
		this.runMatrix.setHref(RunAttendanceView.route(shown.runId()));
		String fileName = "kehadiran-sesi-" + shown.id();
		this.csv.setHref(download(SpreadsheetFormat.CSV, fileName));
		this.xlsx.setHref(download(SpreadsheetFormat.XLSX, fileName));
		refresh();
	}

	void refresh() {
		LiveSession shown = this.session;
		if (shown == null) {
			return;
		}
		List<AttendanceRow> rows = this.attendance.ofSession(shown.id());
		this.grid.setItems(rows);
		this.grid.setVisible(!rows.isEmpty());
		this.empty.setVisible(rows.isEmpty());
		long present = rows.stream().filter(row -> row.confirmed() && row.attendance().minutes() > 0).count();
		long confirmed = rows.stream().filter(AttendanceRow::confirmed).count();
		this.summary.setText(getTranslation("attendance.session.summary", present, confirmed));
		List<UnmatchedZoomParticipant> strangers = this.zoom.unmatched(shown.id());
		this.unmatched.setItems(strangers);
		this.unmatched.setVisible(!strangers.isEmpty());
		this.unmatchedTitle.setVisible(!strangers.isEmpty());
	}

	private void openCorrection(AttendanceRow row) {
		LiveSession shown = this.session;
		if (shown == null) {
			return;
		}
		new CorrectionDialog(row.fullName(), shown.startsAt(), shown.endsAt(), UserContext.zone(), event -> {
			this.attendance.correct(shown.id(), row.accountId(), event.from(), event.to(), event.reason());
			Notices.success("attendance.correction.saved", row.fullName());
			refresh();
		}).open();
	}

	private DownloadHandler download(SpreadsheetFormat format, String fileName) {
		return SpreadsheetDownload.of(format, fileName, () -> export(format));
	}

	/** The attendance list in the format, as the download sends it. */
	byte[] export(SpreadsheetFormat format) {
		LiveSession shown = this.session;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (shown != null) {
			this.attendance.exportSession(shown.id(), format, this.locale, this.zone, out);
		}
		return out.toByteArray();
	}

	@Override
	public String getPageTitle() {
		String name = this.session == null ? "" : " " + this.session.title();
		return PageTitles.named(this, getTranslation("attendance.session.pageTitle") + name);
	}

}
