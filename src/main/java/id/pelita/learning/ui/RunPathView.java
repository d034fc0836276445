package id.pelita.learning.ui;

import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.pelita.catalog.RunDetails;
import id.pelita.learning.ModuleDraft;
import id.pelita.learning.PathBuilder;
import id.pelita.learning.PathModule;
import id.pelita.learning.internal.ModuleKinds;
import id.pelita.liveclass.LiveSession;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/**
 * A run's own path (copied from its course) with its completion rule. The modules may change until the first
 * participant starts; the rule at any time, and every change of it evaluates the participants again.
 */
@StyleSheet("context://styles/learning.css")
@Route("kelola/angkatan/:runId([0-9]{1,18})/modul")
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
class RunPathView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String RUN_ID = "runId";

	private final transient PathBuilder builder;

	private final transient ModuleKinds kinds;

	final H2 title = new H2();

	final Anchor participants = new Anchor();

	final Anchor results = new Anchor();

	final Paragraph frozen = new Paragraph();

	final com.vaadin.flow.component.button.Button copy = new com.vaadin.flow.component.button.Button();

	PathEditor editor;

	RuleForm rule;

	private String heading = "";

	RunPathView(PathBuilder builder, ModuleKinds kinds) {
		this.builder = builder;
		this.kinds = kinds;
		addClassName("page");
		this.participants.setText(getTranslation("learning.builder.toParticipants"));
		this.results.setText(getTranslation("learning.builder.toResults"));
		this.frozen.setText(getTranslation("learning.builder.frozen"));
		this.frozen.addClassName("field-note");
		FlexLayout links = new FlexLayout(this.participants, this.results);
		links.getStyle().set("gap", "var(--lumo-space-l)");
		add(this.title, links, this.frozen);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long runId = Long.parseLong(event.getRouteParameters().get(RUN_ID).orElseThrow());
		RunDetails run;
		try {
			run = this.builder.run(runId);
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			event.forwardTo("kelola/angkatan");
			return;
		}
		this.heading = getTranslation("learning.builder.runTitle", run.courseTitle(), run.name());
		this.title.setText(this.heading);
		this.participants.setHref("kelola/angkatan/" + runId);
		this.results.setHref(PathResultsView.route(runId));
		this.frozen.setVisible(!this.builder.runEditable(runId));
		this.editor = new PathEditor(this.builder, this.kinds, new PathEditor.Scope() {

			@Override
			public List<PathModule> modules() {
				return RunPathView.this.builder.runModules(runId);
			}

			@Override
			public long add(ModuleDraft draft) {
				return RunPathView.this.builder.addToRun(runId, draft);
			}

			@Override
			public List<LiveSession> sessions() {
				return RunPathView.this.builder.sessions(runId);
			}

			@Override
			public boolean editable() {
				return RunPathView.this.builder.runEditable(runId);
			}

		});
		this.rule = new RuleForm(this.builder.rule(runId), this.builder.runModules(runId));
		this.rule.save.addClickListener(click -> {
			try {
				this.builder.changeRule(this.rule.rule());
				Notices.success("learning.rule.saved");
			}
			catch (UserFacingException ex) {
				Notices.failure(ex);
			}
		});
		this.copy.setText(getTranslation("learning.builder.copyFromCourse"));
		this.copy.setVisible(this.builder.runEditable(runId) && this.builder.runModules(runId).isEmpty());
		this.copy.addClickListener(click -> {
			try {
				this.builder.copyFromCourse(runId);
				this.copy.setVisible(false);
				this.editor.refresh();
				Notices.success("learning.builder.copied");
			}
			catch (UserFacingException ex) {
				Notices.failure(ex);
			}
		});
		add(this.copy, this.editor, new H3(getTranslation("learning.rule.heading")), this.rule);
	}

	static String route(long runId) {
		return "kelola/angkatan/" + runId + "/modul";
	}

	@Override
	public String getPageTitle() {
		return PageTitles.named(this, this.heading);
	}

}
