package id.pelita.certificate.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.pelita.certificate.CertificateAdministration;
import id.pelita.certificate.RunCertificates;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The issue report of one run for organisers: issued, pending (with the reason) and revoked participants, with
 * revoke, reissue and retry, and the run's certificates as one streamed ZIP.
 */
@Route("kelola/sertifikat/angkatan/:runId([0-9]{1,18})")
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
class RunCertificatesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final Paragraph summary = new Paragraph();

	final Grid<RunCertificates.Entry> grid = new Grid<>();

	final Paragraph message = new Paragraph();

	final Anchor zip = new Anchor();

	private final CertificateAdministration administration;

	private long runId;

	RunCertificatesView(CertificateAdministration administration) {
		this.administration = administration;
		addClassName("page");
		this.zip.setText(getTranslation("certificate.report.zip"));
		this.zip.getElement().setAttribute("download", true);
		this.grid.addColumn(RunCertificates.Entry::holderName).setHeader(getTranslation("certificate.report.holder"));
		this.grid.addColumn(entry -> getTranslation("certificate.report.state." + entry.state()))
			.setHeader(getTranslation("certificate.report.state"));
		this.grid.addColumn(entry -> entry.number() == null ? "" : entry.number())
			.setHeader(getTranslation("certificate.report.number"));
		this.grid.addColumn(this::note).setHeader(getTranslation("certificate.report.reason"));
		this.grid.addComponentColumn(this::actions);
		add(new H1(getTranslation("certificate.report.title")), this.summary, this.zip, this.message,
				this.grid);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.runId = Long.parseLong(event.getRouteParameters().get("runId").orElseThrow());
		this.zip.setHref("/api/v1/runs/" + this.runId + "/certificates.zip");
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("certificate.report.title");
	}

	void refresh() {
		RunCertificates report = this.administration.report(this.runId);
		this.summary.setText(getTranslation("certificate.report.summary", report.count(RunCertificates.State.ISSUED),
				report.count(RunCertificates.State.PENDING), report.count(RunCertificates.State.REVOKED)));
		this.grid.setItems(report.entries());
	}

	/** Why it is pending (a template's problem names the template first) or why it was revoked. */
	private String note(RunCertificates.Entry entry) {
		String key = entry.problemKey();
		List<String> arguments = entry.problemArguments();
		if (key != null && key.startsWith("certificate.template.error.") && !arguments.isEmpty()) {
			return getTranslation("certificate.pending.template", arguments.getFirst(),
					getTranslation(key, arguments.subList(1, arguments.size()).toArray()));
		}
		if (key != null) {
			return getTranslation(key, arguments.toArray());
		}
		return entry.revokedReason() == null ? "" : entry.revokedReason();
	}

	private HorizontalLayout actions(RunCertificates.Entry entry) {
		HorizontalLayout actions = new HorizontalLayout();
		if (entry.state() == RunCertificates.State.ISSUED && entry.certificateId() != null) {
			long id = entry.certificateId();
			Button revoke = new Button(getTranslation("certificate.report.revoke"), click -> ask("revoke", entry,
					reason -> this.administration.revoke(id, reason)));
			revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
			Button reissue = new Button(getTranslation("certificate.report.reissue"), click -> ask("reissue", entry,
					reason -> this.administration.reissue(id, reason)));
			reissue.addThemeVariants(ButtonVariant.LUMO_SMALL);
			actions.add(revoke, reissue);
		}
		if (entry.state() == RunCertificates.State.PENDING) {
			Button retry = new Button(getTranslation("certificate.report.retry"),
					click -> run(() -> this.administration.retry(this.runId, entry.accountId())));
			retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
			actions.add(retry);
		}
		return actions;
	}

	/** Opens the dialog that asks for the reason of a revocation or reissue ({@code kind}) and then does it. */
	private void ask(String kind, RunCertificates.Entry entry, java.util.function.Consumer<String> action) {
		new CertificateReasonDialog(getTranslation("certificate.report." + kind),
				getTranslation("certificate.report." + kind + ".question", entry.holderName(), entry.number()),
				getTranslation("certificate.report." + kind), action, () -> {
					done();
					refresh();
				}).open();
	}

	private void done() {
		this.message.setText(getTranslation("certificate.report.done"));
		this.message.removeClassName("field-error");
	}

	private void run(Runnable action) {
		try {
			action.run();
			done();
			refresh();
		}
		catch (UserFacingException ex) {
			this.message.setText(getTranslation(ex.messageKey(), ex.arguments()));
			this.message.addClassName("field-error");
		}
	}

}
