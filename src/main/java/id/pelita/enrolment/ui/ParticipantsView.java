package id.pelita.enrolment.ui;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.pelita.catalog.RunDetails;
import id.pelita.enrolment.EnrolmentOutcome;
import id.pelita.enrolment.RunParticipants;
import id.pelita.enrolment.EnrolmentStatus;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.ui.SpreadsheetDownload;
import id.pelita.enrolment.Participant;
import id.pelita.enrolment.ParticipantChange;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The organiser's participant list of one run: status, agency and NIP of everyone, the waitlist in order; add or
 * remove a person by hand with a reason (both audited, shown below the list); download the list as CSV or XLSX.
 */
@Route("kelola/angkatan/:runId([0-9]{1,18})")
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
class ParticipantsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final transient RunParticipants enrolments;

	final H2 title = new H2();

	final Paragraph summary = new Paragraph();

	final ComboBox<EnrolmentStatus> statusFilter = new ComboBox<>();

	final Button add = new Button();

	final Anchor csv = new Anchor();

	final Anchor xlsx = new Anchor();

	/** The run's live sessions and attendance, a page of the liveclass module (linked by its route). */
	final Anchor sessions = new Anchor();

	/** The run's learning path and its results, pages of the learning module (linked by their routes). */
	final Anchor path = new Anchor();

	final Anchor results = new Anchor();

	final Grid<Participant> grid = new Grid<>();

	final Paragraph empty = new Paragraph();

	final UnorderedList changes = new UnorderedList();

	private long runId;

	private String runName = "";

	ParticipantsView(RunParticipants enrolments) {
		this.enrolments = enrolments;
		addClassName("page");
		setSizeFull();
		this.statusFilter.setPlaceholder(getTranslation("participants.allStatuses"));
		this.statusFilter.setAriaLabel(getTranslation("participants.status"));
		this.statusFilter.setItems(EnumSet.allOf(EnrolmentStatus.class));
		this.statusFilter.setItemLabelGenerator(status -> getTranslation(status.labelKey()));
		this.statusFilter.setClearButtonVisible(true);
		this.statusFilter.addValueChangeListener(event -> {
			refresh();
			getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location()));
		});
		this.add.setText(getTranslation("participants.add"));
		this.add.setIcon(VaadinIcon.PLUS.create());
		this.add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.add.addClickListener(click -> openAddDialog());
		this.csv.setText(getTranslation("participants.downloadCsv"));
		this.xlsx.setText(getTranslation("participants.downloadXlsx"));
		this.sessions.setText(getTranslation("participants.sessions"));
		this.path.setText(getTranslation("learning.link.runPath"));
		this.results.setText(getTranslation("learning.link.runResults"));
		FlexLayout toolbar = new FlexLayout(this.statusFilter, this.add, this.csv, this.xlsx, this.sessions, this.path,
				this.results);
		toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		toolbar.setAlignItems(Alignment.CENTER);
		toolbar.getStyle().set("gap", "var(--lumo-space-m)");
		configureGrid();
		this.empty.setText(getTranslation("participants.empty"));
		this.empty.addClassName("empty-state");
		Details history = new Details(getTranslation("participants.changes"), this.changes);
		add(this.title, this.summary, toolbar, this.grid, this.empty, history);
	}

	private void configureGrid() {
		this.grid.addComponentColumn(participant -> EnrolmentFormats.statusChip(this, participant.status()))
			.setHeader(getTranslation("participants.status"))
			.setAutoWidth(true);
		this.grid.addColumn(Participant::fullName).setHeader(getTranslation("participants.name")).setFlexGrow(2);
		this.grid.addColumn(participant -> participant.nip() == null ? "" : participant.nip())
			.setHeader(getTranslation("participants.nip"))
			.setAutoWidth(true);
		this.grid.addColumn(participant -> participant.agencyName() == null ? "" : participant.agencyName())
			.setHeader(getTranslation("participants.agency"))
			.setFlexGrow(2);
		this.grid.addColumn(participant -> participant.waitlistPosition() == null ? ""
				: String.valueOf(participant.waitlistPosition()))
			.setHeader(getTranslation("participants.waitlistPosition"))
			.setAutoWidth(true);
		this.grid.addColumn(participant -> getTranslation(participant.source().labelKey()))
			.setHeader(getTranslation("participants.source"));
		this.grid.addColumn(participant -> participant.reason() == null ? "" : participant.reason())
			.setHeader(getTranslation("participants.reason"));
		this.grid.addComponentColumn(this::removeButton).setHeader(getTranslation("participants.actions"));
		this.grid.setSizeFull();
	}

	private Span removeButton(Participant participant) {
		Span cell = new Span();
		if (participant.status().active()) {
			Button remove = new Button(getTranslation("participants.remove"), click -> openRemoveDialog(participant));
			remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
			cell.add(remove);
		}
		return cell;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.runId = Long.parseLong(event.getRouteParameters().get(RunPageView.RUN_ID).orElseThrow());
		RunDetails run;
		try {
			run = this.enrolments.run(this.runId);
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			event.forwardTo("kelola/angkatan");
			return;
		}
		this.runName = run.courseTitle() + " – " + run.name();
		this.title.setText(this.runName);
		this.sessions.setHref("kelola/angkatan/" + this.runId + "/sesi");
		this.path.setHref("kelola/angkatan/" + this.runId + "/modul");
		this.results.setHref("kelola/angkatan/" + this.runId + "/hasil");
		String fileName = "peserta-" + run.name().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT);
		this.csv.setHref(download(SpreadsheetFormat.CSV, fileName));
		this.xlsx.setHref(download(SpreadsheetFormat.XLSX, fileName));
		event.getLocation()
			.getQueryParameters()
			.getSingleParameter("status")
			.flatMap(value -> EnumSet.allOf(EnrolmentStatus.class)
				.stream()
				.filter(status -> status.name().equals(value))
				.findFirst())
			.ifPresent(this.statusFilter::setValue);
		refresh();
	}

	private DownloadHandler download(SpreadsheetFormat format, String fileName) {
		return SpreadsheetDownload.of(format, fileName, () -> export(format));
	}

	/** The participant list in the format, as the download sends it. */
	byte[] export(SpreadsheetFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.enrolments.exportParticipants(this.runId, format, out);
		return out.toByteArray();
	}

	void refresh() {
		List<Participant> all = this.enrolments.participants(this.runId);
		List<Participant> shown = all.stream()
			.filter(participant -> this.statusFilter.getValue() == null
					|| participant.status() == this.statusFilter.getValue())
			.toList();
		this.grid.setItems(shown);
		this.grid.setVisible(!shown.isEmpty());
		this.empty.setVisible(shown.isEmpty());
		this.summary.setText(getTranslation("participants.summary", count(all, EnrolmentStatus.CONFIRMED),
				count(all, EnrolmentStatus.WAITLISTED), count(all, EnrolmentStatus.PENDING_APPROVAL)));
		this.changes.removeAll();
		for (ParticipantChange change : this.enrolments.participantChanges(this.runId)) {
			this.changes.add(new ListItem(getTranslation("participants.change",
					IndonesianTime.dateTime(change.at(), UserContext.zone(), UserContext.locale()),
					change.actorName(), getTranslation(change.kind().labelKey()), change.participantName(),
					change.reason() == null ? "" : change.reason())));
		}
	}

	private static long count(List<Participant> participants, EnrolmentStatus status) {
		return participants.stream().filter(participant -> participant.status() == status).count();
	}

	private void openAddDialog() {
		new ReasonDialog(getTranslation("participants.add"), getTranslation("participants.addConfirm"), true,
				event -> {
					EnrolmentOutcome outcome = this.enrolments.addParticipantByNip(this.runId, event.nip(),
							event.reason());
					Notices.success(outcome.status() == EnrolmentStatus.CONFIRMED ? "participants.added"
							: "participants.addedToWaitlist", outcome.waitlistPosition());
					refresh();
				})
			.open();
	}

	private void openRemoveDialog(Participant participant) {
		new ReasonDialog(getTranslation("participants.removeTitle", participant.fullName()),
				getTranslation("participants.remove"), false, event -> {
					this.enrolments.removeParticipant(participant.enrolmentId(), event.reason());
					Notices.success("participants.removed", participant.fullName());
					refresh();
				})
			.open();
	}

	private Location location() {
		return new Location("kelola/angkatan/" + this.runId, this.statusFilter.getValue() == null
				? QueryParameters.empty() : QueryParameters.of("status", this.statusFilter.getValue().name()));
	}

	@Override
	public String getPageTitle() {
		return PageTitles.named(this, getTranslation("participants.title") + " " + this.runName);
	}

}
