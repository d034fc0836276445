package id.pelita.enrolment.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pelita.enrolment.EnrolmentOutcome;
import id.pelita.enrolment.AgencyEnrolments;
import id.pelita.enrolment.EnrolmentStatus;
import id.pelita.enrolment.PendingApproval;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/** The coordinator approves or rejects (with a reason) the self-enrolments of the agency's employees. */
@Route("instansi/persetujuan")
@Menu(title = "menu.approvals", icon = "vaadin:check-square-o", order = 46)
@RolesAllowed(Role.AGENCY_COORDINATOR_NAME)
class ApprovalView extends VerticalLayout implements HasDynamicTitle {

	private final transient AgencyEnrolments enrolments;

	final Grid<PendingApproval> grid = new Grid<>();

	final Paragraph empty = new Paragraph();

	ApprovalView(AgencyEnrolments enrolments) {
		this.enrolments = enrolments;
		addClassName("page");
		setSizeFull();
		this.grid.addColumn(PendingApproval::fullName).setHeader(getTranslation("participants.name")).setFlexGrow(2);
		this.grid.addColumn(pending -> pending.nip() == null ? "" : pending.nip())
			.setHeader(getTranslation("participants.nip"))
			.setAutoWidth(true);
		this.grid.addColumn(pending -> pending.agencyName() == null ? "" : pending.agencyName())
			.setHeader(getTranslation("nominations.unit"))
			.setFlexGrow(2);
		this.grid.addColumn(pending -> pending.courseTitle() + " – " + pending.runName())
			.setHeader(getTranslation("nominations.run"))
			.setFlexGrow(2);
		this.grid.addColumn(pending -> EnrolmentFormats.date(pending.startsOn()))
			.setHeader(getTranslation("approvals.startsOn"));
		this.grid.addColumn(pending -> IndonesianTime.dateTime(pending.requestedAt(), UserContext.zone(),
				UserContext.locale()))
			.setHeader(getTranslation("approvals.requestedAt"));
		this.grid.addComponentColumn(this::actions).setHeader(getTranslation("participants.actions")).setAutoWidth(true);
		this.grid.setSizeFull();
		this.empty.setText(getTranslation("approvals.empty"));
		this.empty.addClassName("empty-state");
		add(new H2(getTranslation("menu.approvals")), this.grid, this.empty);
		refresh();
	}

	private HorizontalLayout actions(PendingApproval pending) {
		Button approve = new Button(getTranslation("approvals.approve"), click -> approve(pending));
		approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
		Button reject = new Button(getTranslation("approvals.reject"), click -> openRejectDialog(pending));
		reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
		return new HorizontalLayout(approve, reject);
	}

	void approve(PendingApproval pending) {
		try {
			EnrolmentOutcome outcome = this.enrolments.approve(pending.enrolmentId());
			if (outcome.status() == EnrolmentStatus.CONFIRMED) {
				Notices.success("approvals.approved", pending.fullName());
			}
			else {
				Notices.success("approvals.approvedWaitlisted", pending.fullName(), outcome.waitlistPosition());
			}
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
		refresh();
	}

	private void openRejectDialog(PendingApproval pending) {
		new ReasonDialog(getTranslation("approvals.rejectTitle", pending.fullName()),
				getTranslation("approvals.reject"), false, event -> {
					this.enrolments.reject(pending.enrolmentId(), event.reason());
					Notices.success("approvals.rejected", pending.fullName());
					refresh();
				})
			.open();
	}

	void refresh() {
		List<PendingApproval> pending = this.enrolments.pendingApprovals();
		this.grid.setItems(pending);
		this.grid.setVisible(!pending.isEmpty());
		this.empty.setVisible(pending.isEmpty());
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "menu.approvals");
	}

}
