package id.pelita.learning.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.pelita.learning.ModuleContent;
import id.pelita.learning.ModuleProgress;
import id.pelita.learning.ModuleState;
import id.pelita.learning.MyPath;
import id.pelita.learning.ParticipantPath;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The participant's learning path of one run: the progress bar, "Selesai" once the run is completed (else what is
 * still lacking), a button to go on where they left off, and every module in order with its state, the next step
 * highlighted and, for a locked module, each reason. Laid out as a single column of cards for phones.
 */
@StyleSheet("context://styles/learning.css")
@Route("kursus-saya/:runId([0-9]{1,18})")
@RolesAllowed(Role.PARTICIPANT_NAME)
class LearningPathView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String RUN_ID = "runId";

	private final transient ParticipantPath path;

	final H2 title = new H2();

	final Paragraph runName = new Paragraph();

	final CompletionBanner completed = new CompletionBanner();

	final ProgressBar progress = new ProgressBar(0, 100);

	final Paragraph progressText = new Paragraph();

	final UnorderedList lacking = new UnorderedList();

	final Button resume = new Button();

	final Div modules = new Div();

	final Paragraph empty = new Paragraph();

	private @Nullable MyPath shown;

	private long runId;

	LearningPathView(ParticipantPath path) {
		this.path = path;
		addClassName("page");
		addClassName("learning-path");
		this.resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.resume.setIcon(VaadinIcon.PLAY.create());
		this.resume.addClickListener(click -> resume());
		this.modules.addClassName("path-modules");
		this.empty.setText(getTranslation("learning.path.empty"));
		this.empty.addClassName("empty-state");
		add(this.title, this.runName, this.completed, this.progress, this.progressText, this.lacking, this.resume,
				this.modules, this.empty);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.runId = Long.parseLong(event.getRouteParameters().get(RUN_ID).orElseThrow());
		try {
			show(this.path.myPath(this.runId));
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			event.forwardTo("kursus-saya");
		}
	}

	void show(MyPath mine) {
		this.shown = mine;
		this.title.setText(mine.run().courseTitle());
		this.runName.setText(mine.run().name());
		this.completed.setVisible(mine.completed());
		if (mine.completed()) {
			this.completed.getElement().setAttribute("title", IndonesianTime.dateTime(mine.completedAt(),
					UserContext.zone(), UserContext.locale()));
		}
		long done = mine.modules().stream().filter(module -> module.state() == ModuleState.DONE).count();
		this.progress.setValue(mine.percent());
		this.progressText.setText(getTranslation("learning.path.progress", done, mine.modules().size(), mine.percent()));
		this.lacking.removeAll();
		mine.lacking().forEach(lack -> this.lacking.add(new ListItem(LearningFormats.lack(this, lack))));
		this.lacking.setVisible(!mine.completed() && !mine.lacking().isEmpty() && !mine.modules().isEmpty());
		ModuleProgress resumeAt = mine.modules()
			.stream()
			.filter(module -> mine.resumeModuleId() != null && module.module().id() == mine.resumeModuleId())
			.findFirst()
			.orElse(null);
		this.resume.setVisible(resumeAt != null);
		if (resumeAt != null) {
			this.resume.setText(getTranslation("learning.path.resume", resumeAt.module().title()));
		}
		this.modules.removeAll();
		mine.modules().forEach(module -> this.modules.add(card(module)));
		this.empty.setVisible(mine.modules().isEmpty());
		this.progress.setVisible(!mine.modules().isEmpty());
		this.progressText.setVisible(!mine.modules().isEmpty());
	}

	private Div card(ModuleProgress module) {
		Div card = new Div();
		card.addClassName("course-card");
		card.addClassName("path-module");
		if (module.next()) {
			card.addClassName("path-next");
		}
		FlexLayout chips = new FlexLayout(LearningFormats.kindChip(this, module.module().kind()),
				LearningFormats.stateChip(this, module.state()));
		chips.getStyle().set("gap", "var(--lumo-space-s)");
		if (module.next()) {
			Span next = new Span(getTranslation("learning.path.next"));
			next.addClassName("chip");
			next.addClassName("chip-next");
			chips.add(next);
		}
		if (!module.module().required()) {
			Span optional = new Span(getTranslation("learning.path.optional"));
			optional.addClassName("chip");
			chips.add(optional);
		}
		card.add(new H3(module.module().position() + ". " + module.module().title()), chips);
		module.locks().forEach(lock -> {
			Paragraph why = new Paragraph(LearningFormats.lock(this, lock));
			why.addClassName("path-lock");
			card.add(why);
		});
		if (module.score() != null) {
			card.add(new Paragraph(getTranslation("learning.path.score", module.score().stripTrailingZeros().toPlainString())));
		}
		Button open = new Button(getTranslation(module.state() == ModuleState.DONE ? "learning.path.openAgain" : "learning.path.open"),
				click -> open(module));
		open.setEnabled(module.state() != ModuleState.LOCKED);
		if (module.next()) {
			open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		}
		card.add(open);
		return card;
	}

	/** Opens the module's page: its own page here, or the quiz's or survey's page of their part. */
	void open(ModuleProgress module) {
		if (module.module().kind().assessment()) {
			try {
				ModuleContent content = this.path.open(this.runId, module.module().id());
				getUI().ifPresent(ui -> ui.navigate(content.route()));
			}
			catch (UserFacingException ex) {
				Notices.failure(ex);
			}
			return;
		}
		getUI().ifPresent(ui -> ui.navigate(ModuleView.route(this.runId, module.module().id())));
	}

	/** Goes on where the participant left off. */
	void resume() {
		MyPath mine = this.shown;
		if (mine != null && mine.resumeModuleId() != null) {
			mine.modules()
				.stream()
				.filter(module -> module.module().id() == mine.resumeModuleId())
				.findFirst()
				.ifPresent(this::open);
		}
	}

	static String route(long runId) {
		return "kursus-saya/" + runId;
	}

	@Override
	public String getPageTitle() {
		String name = this.shown == null ? "" : this.shown.run().courseTitle() + " | ";
		return name + getTranslation("app.name");
	}

}
