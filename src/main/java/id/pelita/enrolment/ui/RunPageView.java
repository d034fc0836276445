package id.pelita.enrolment.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDetails;
import id.pelita.enrolment.EnrolmentCatalogue;
import id.pelita.enrolment.EnrolmentOutcome;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.enrolment.EnrolmentStatus;
import id.pelita.enrolment.MyEnrolment;
import id.pelita.enrolment.RunOverview;
import id.pelita.enrolment.RunPageSection;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.PermitAll;

import org.springframework.beans.factory.ObjectProvider;

/**
 * One run of the catalogue: its course, dates, JP and seats left (refreshed every few seconds while the page is
 * open), and what the participant can do: enrol, see their status with their place in the waitlist, or cancel.
 * Below, the {@link RunPageSection}s of other modules (the schedule of live sessions).
 */
@Route("katalog/:runId([0-9]{1,18})")
@PermitAll
class RunPageView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String RUN_ID = "runId";

	private static final int REFRESH_MILLIS = 15_000;

	private final transient EnrolmentCatalogue catalogue;

	private final transient ParticipantEnrolments enrolments;

	private final transient List<RunPageSection> sections;

	final H2 title = new H2();

	final Span seatsLeft = new Span();

	final Div status = new Div();

	final Button enrol = new Button();

	final Button cancel = new Button();

	final Div details = new Div();

	final Div sectionsBox = new Div();

	private long runId;

	private String pageTitle = "";

	private Registration polling;

	RunPageView(EnrolmentCatalogue catalogue, ParticipantEnrolments enrolments, ObjectProvider<RunPageSection> sections) {
		this.catalogue = catalogue;
		this.enrolments = enrolments;
		this.sections = sections.stream().sorted(Comparator.comparingInt(RunPageSection::order)).toList();
		addClassName("page");
		this.enrol.setText(getTranslation("runPage.enrol"));
		this.enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.enrol.addClickListener(click -> enrol());
		this.cancel.setText(getTranslation("runPage.cancel"));
		this.cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.cancel.addClickListener(click -> confirmCancel());
		RouterLink back = new RouterLink(getTranslation("runPage.back"), CatalogueView.class);
		this.seatsLeft.addClassName("seats-left");
		add(back, this.title, this.details, this.seatsLeft, this.status, new HorizontalLayout(this.enrol, this.cancel),
				this.sectionsBox);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.runId = Long.parseLong(event.getRouteParameters().get(RUN_ID).orElseThrow());
		try {
			show(this.catalogue.overview(this.runId));
		}
		catch (UserFacingException ex) {
			event.rerouteTo(CatalogueView.class);
			Notices.failure(ex);
		}
	}

	void show(RunOverview overview) {
		RunDetails run = overview.run();
		this.pageTitle = run.courseTitle();
		this.title.setText(run.courseTitle());
		this.details.removeAll();
		Div chips = new Div(EnrolmentFormats.chip(getTranslation(run.competencyType().labelKey())), new Span(" "),
				EnrolmentFormats.chip(getTranslation("catalogue.jpValue", run.jp().hours())), new Span(" "),
				EnrolmentFormats.chip(getTranslation(run.enrolmentMode().labelKey())));
		UnorderedList facts = new UnorderedList(new ListItem(getTranslation("runPage.run", run.name())),
				new ListItem(getTranslation("runPage.dates", EnrolmentFormats.dates(run))),
				new ListItem(getTranslation("runPage.registration",
						IndonesianTime.dateTime(run.registrationOpensAt(), UserContext.zone(), UserContext.locale()),
						IndonesianTime.dateTime(run.registrationClosesAt(), UserContext.zone(),
								UserContext.locale()))),
				new ListItem(getTranslation("runPage.seats", run.seats())));
		if (overview.learningMode() != null) {
			facts.add(new ListItem(getTranslation("runPage.learningMode",
					getTranslation(overview.learningMode().labelKey()))));
		}
		if (overview.passMark() != null) {
			facts.add(new ListItem(getTranslation("runPage.passMark", overview.passMark().stripTrailingZeros()
				.toPlainString())));
		}
		if (overview.attendanceThreshold() != null) {
			facts.add(new ListItem(getTranslation("runPage.attendance",
					overview.attendanceThreshold().stripTrailingZeros().toPlainString())));
		}
		this.details.add(chips, new H3(getTranslation("runPage.about")));
		this.details.add(overview.descriptionHtml() == null ? new Paragraph(overview.description())
				: new Html("<div>" + overview.descriptionHtml() + "</div>"));
		this.details.add(facts);
		showSeats(overview.seatsLeft());
		showStatus(overview);
		this.sectionsBox.removeAll();
		this.sections.forEach(section -> section.section(run.id()).ifPresent(this.sectionsBox::add));
	}

	private void showSeats(int left) {
		this.seatsLeft.setText(left > 0 ? getTranslation("catalogue.seatsLeft", left)
				: getTranslation("runPage.fullWaitlist"));
	}

	private void showStatus(RunOverview overview) {
		RunDetails run = overview.run();
		MyEnrolment mine = overview.mine();
		boolean active = mine != null && mine.status().active();
		this.status.removeAll();
		if (mine != null) {
			this.status.add(EnrolmentFormats.statusChip(this, mine.status()));
			if (mine.status() == EnrolmentStatus.WAITLISTED && mine.waitlistPosition() != null) {
				this.status.add(new Paragraph(getTranslation("runPage.waitlistPosition", mine.waitlistPosition())));
			}
			if (mine.reason() != null) {
				this.status.add(new Paragraph(getTranslation("runPage.reason", mine.reason())));
			}
		}
		boolean mayEnrol = run.registrationOpen() && run.enrolmentMode() != EnrolmentMode.NOMINATION_ONLY && !active
				&& (mine == null || mine.status() == EnrolmentStatus.CANCELLED);
		this.enrol.setVisible(mayEnrol);
		this.enrol.setText(getTranslation(run.enrolmentMode() == EnrolmentMode.OPEN_WITH_APPROVAL
				? "runPage.requestApproval" : "runPage.enrol"));
		this.cancel.setVisible(active && CatalogueDates.beforeStart(run));
		if (mine == null && run.enrolmentMode() == EnrolmentMode.NOMINATION_ONLY) {
			this.status.add(new Paragraph(getTranslation("runPage.nominationOnly")));
		}
		else if (mine == null && !run.registrationOpen()) {
			this.status.add(new Paragraph(getTranslation("runPage.registrationClosed")));
		}
	}

	private void enrol() {
		try {
			EnrolmentOutcome outcome = this.enrolments.enrol(this.runId);
			switch (outcome.status()) {
				case CONFIRMED -> Notices.success("runPage.enrolled");
				case WAITLISTED -> Notices.success("runPage.waitlisted", outcome.waitlistPosition());
				default -> Notices.success("runPage.awaitingApproval");
			}
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
		show(this.catalogue.overview(this.runId));
	}

	private void confirmCancel() {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(getTranslation("runPage.cancelTitle"));
		dialog.setText(getTranslation("runPage.cancelText"));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("action.cancel"));
		dialog.setConfirmText(getTranslation("runPage.cancelConfirm"));
		dialog.setConfirmButtonTheme("error primary");
		dialog.addConfirmListener(confirm -> cancelEnrolment());
		dialog.open();
	}

	void cancelEnrolment() {
		try {
			this.enrolments.cancel(this.runId);
			Notices.success("runPage.cancelled");
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
		show(this.catalogue.overview(this.runId));
	}

	/** Refreshes the seats left while the page is open. */
	void refreshSeats() {
		showSeats(this.enrolments.seatsLeft(this.runId));
	}

	@Override
	protected void onAttach(AttachEvent attach) {
		attach.getUI().setPollInterval(REFRESH_MILLIS);
		this.polling = attach.getUI().addPollListener(poll -> refreshSeats());
	}

	@Override
	protected void onDetach(DetachEvent detach) {
		detach.getUI().setPollInterval(-1);
		if (this.polling != null) {
			this.polling.remove();
		}
	}

	@Override
	public String getPageTitle() {
		return PageTitles.named(this, this.pageTitle);
	}

}
