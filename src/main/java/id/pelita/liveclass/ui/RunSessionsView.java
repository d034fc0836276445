package id.pelita.liveclass.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.LiveSessionService;
import id.pelita.liveclass.SessionDraft;
import id.pelita.liveclass.SessionPlanning;
import id.pelita.liveclass.SessionPlanning.PlannedRun;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The live sessions of one run for its organisers: every session with its time, provider, meeting state and
 * recording; schedule a new one, move it, change its details, add the recording link, or cancel it with a reason.
 * Links lead to each session's page, its attendance and the run's attendance (pages of the attendance views).
 */
@Route(RunSessionsView.ROUTE)
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
@StyleSheet("context://styles/schedule.css")
class RunSessionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver, SessionGrid.Actions {

	static final String ROUTE = "kelola/angkatan/:runId([0-9]{1,18})/sesi";

	static final String RUN_ID = "runId";

	private final transient LiveSessionService sessions;

	private final transient SessionPlanning planning;

	final H2 title = new H2();

	final Paragraph runName = new Paragraph();

	final Button schedule = new Button();

	final Anchor participants = new Anchor();

	final Anchor attendance = new Anchor();

	final SessionGrid grid;

	final Paragraph empty = new Paragraph();

	private PlannedRun run;

	RunSessionsView(LiveSessionService sessions, SessionPlanning planning, Clock clock) {
		this.sessions = sessions;
		this.planning = planning;
		this.grid = new SessionGrid(this, clock);
		addClassName("page");
		this.title.setText(getTranslation("schedule.run.title"));
		this.schedule.setText(getTranslation("schedule.action.schedule"));
		this.schedule.setIcon(VaadinIcon.PLUS.create());
		this.schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.schedule.addClickListener(click -> openScheduleDialog());
		this.participants.setText(getTranslation("schedule.run.participants"));
		this.attendance.setText(getTranslation("schedule.run.attendance"));
		FlexLayout toolbar = new FlexLayout(this.schedule, this.participants, this.attendance);
		toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		toolbar.setAlignItems(Alignment.CENTER);
		toolbar.addClassName("schedule-toolbar");
		this.empty.setText(getTranslation("schedule.run.empty"));
		this.empty.addClassName("empty-state");
		add(this.title, this.runName, toolbar, this.grid, this.empty);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long runId = Long.parseLong(event.getRouteParameters().get(RUN_ID).orElseThrow());
		try {
			this.run = this.planning.run(runId);
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			event.forwardTo("kelola/angkatan");
			return;
		}
		this.runName.setText(this.run.courseTitle() + " – " + this.run.name());
		this.participants.setHref("kelola/angkatan/" + runId);
		this.attendance.setHref("kelola/angkatan/" + runId + "/kehadiran");
		this.schedule.setEnabled(this.run.open());
		refresh();
	}

	void refresh() {
		List<LiveSession> found = this.sessions.sessionsOfRun(this.run.id());
		this.grid.setItems(found);
		this.grid.setVisible(!found.isEmpty());
		this.empty.setVisible(found.isEmpty());
	}

	private void openScheduleDialog() {
		SessionForm form = form(SessionForm.Task.SCHEDULE);
		new SessionDialog(getTranslation("schedule.action.schedule"), getTranslation("schedule.dialog.schedule"), form,
				values -> {
					this.sessions.schedule(new SessionDraft(this.run.id(), values.title(), values.date(),
							values.time(), values.zone(), values.durationMinutes(), values.provider(),
							values.hostAccountId(), values.instructor()));
					Notices.success("schedule.scheduled", values.title().strip());
					refresh();
				})
			.open();
	}

	@Override
	public void move(LiveSession session) {
		SessionForm form = form(SessionForm.Task.MOVE);
		form.edit(session);
		new SessionDialog(getTranslation("schedule.dialog.moveTitle", session.title()),
				getTranslation("schedule.action.move"), form, values -> {
					this.sessions.move(session.id(), values.date(), values.time(), values.zone(),
							values.durationMinutes());
					Notices.success("schedule.moved", session.title());
					refresh();
				})
			.open();
	}

	@Override
	public void describe(LiveSession session) {
		SessionForm form = form(SessionForm.Task.DESCRIBE);
		form.edit(session);
		new SessionDialog(getTranslation("schedule.dialog.describeTitle", session.title()),
				getTranslation("action.save"), form, values -> {
					this.sessions.describe(session.id(), values.title(), values.hostAccountId(), values.instructor());
					Notices.success("schedule.described", values.title().strip());
					refresh();
				})
			.open();
	}

	@Override
	public void recording(LiveSession session) {
		SessionForm form = form(SessionForm.Task.RECORDING);
		form.edit(session);
		new SessionDialog(getTranslation("schedule.dialog.recordingTitle", session.title()),
				getTranslation("action.save"), form, values -> {
					this.sessions.recording(session.id(), values.recording());
					Notices.success(values.recording().isBlank() ? "schedule.recordingRemoved" : "schedule.recordingSet",
							session.title());
					refresh();
				})
			.open();
	}

	@Override
	public void cancel(LiveSession session) {
		TextArea reason = new TextArea(getTranslation("schedule.cancel.reason"));
		reason.setMaxLength(500);
		reason.setWidthFull();
		reason.setHelperText(getTranslation("schedule.cancel.reasonHelp"));
		ConfirmDialog confirm = new ConfirmDialog();
		confirm.setHeader(getTranslation("schedule.cancel.title", session.title()));
		confirm.setText(new Div(new Paragraph(getTranslation("schedule.cancel.text")), reason));
		confirm.setCancelable(true);
		confirm.setCancelText(getTranslation("schedule.cancel.keep"));
		confirm.setConfirmText(getTranslation("schedule.cancel.confirm"));
		confirm.setConfirmButtonTheme("error primary");
		confirm.addConfirmListener(event -> {
			try {
				this.sessions.cancel(session.id(), reason.getValue());
				Notices.success("schedule.cancelled", session.title());
			}
			catch (UserFacingException ex) {
				Notices.failure(ex);
			}
			refresh();
		});
		confirm.open();
	}

	private SessionForm form(SessionForm.Task task) {
		long me = CurrentUser.require().accountId();
		return new SessionForm(task, this.planning.hosts(), me, this.planning.providers(),
				this.planning.defaultProvider(), UserContext.zone(), UserContext.locale());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("schedule.run.title") + (this.run == null ? "" : " " + this.run.name()) + " | "
				+ getTranslation("app.name");
	}

}
