package id.pelita.learning.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.pelita.learning.ModuleContent;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.ModuleState;
import id.pelita.learning.ParticipantPath;
import id.pelita.liveclass.LiveSession;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * One module of the participant's path: a lesson (done when read to its end, or with "Tandai selesai"), a file
 * (done when opened; PDFs open in the browser's viewer), a video (done when played, or marked) or a live session
 * (done by attendance). A locked module is never shown: the participant goes back to the path, which says why.
 * "Selesai" appears on this page the moment a step completes the run.
 */
@StyleSheet("context://styles/learning.css")
@Route("kursus-saya/:runId([0-9]{1,18})/modul/:moduleId([0-9]{1,18})")
@RolesAllowed(Role.PARTICIPANT_NAME)
class ModuleView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final transient ParticipantPath path;

	final Anchor back = new Anchor();

	final H2 title = new H2();

	final Div body = new Div();

	final Button markDone = new Button();

	final Paragraph doneNote = new Paragraph();

	final CompletionBanner completed = new CompletionBanner();

	private @Nullable ModuleContent content;

	private long runId;

	ModuleView(ParticipantPath path) {
		this.path = path;
		addClassName("page");
		addClassName("module-page");
		this.back.setText(getTranslation("learning.module.back"));
		this.markDone.setText(getTranslation("learning.module.markDone"));
		this.markDone.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.markDone.addClickListener(click -> done());
		this.doneNote.setText(getTranslation("learning.module.done"));
		this.doneNote.addClassName("path-done-note");
		add(this.back, this.title, this.completed, this.body, this.markDone, this.doneNote);
	}

	static String route(long runId, long moduleId) {
		return "kursus-saya/" + runId + "/modul/" + moduleId;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.runId = Long.parseLong(event.getRouteParameters().get("runId").orElseThrow());
		long moduleId = Long.parseLong(event.getRouteParameters().get("moduleId").orElseThrow());
		this.back.setHref(LearningPathView.route(this.runId));
		try {
			this.content = this.path.open(this.runId, moduleId);
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			event.forwardTo(LearningPathView.route(this.runId));
			return;
		}
		if (this.content.route() != null) {
			event.forwardTo(this.content.route());
			return;
		}
		show(this.content);
	}

	private void show(ModuleContent shown) {
		this.title.setText(shown.module().title());
		this.body.removeAll();
		ModuleKind kind = shown.module().kind();
		switch (kind) {
			case LESSON -> lesson(shown);
			case FILE -> file(shown);
			case VIDEO -> video(shown);
			default -> session(shown.session());
		}
		boolean done = shown.progress().state() == ModuleState.DONE;
		this.markDone.setVisible(!done && (kind == ModuleKind.LESSON || kind == ModuleKind.VIDEO));
		this.doneNote.setVisible(done);
	}

	private void lesson(ModuleContent shown) {
		this.body.add(new Html(shown.lessonHtml()));
		Div end = new Div();
		end.addClassName("lesson-end");
		end.getElement().addEventListener("read-to-end", event -> readToEnd());
		end.getElement().executeJs("""
				const el = $0;
				const seen = new IntersectionObserver(entries => {
				  if (entries.some(entry => entry.isIntersecting)) {
				    seen.disconnect();
				    el.dispatchEvent(new CustomEvent('read-to-end'));
				  }
				});
				seen.observe(el);""", end.getElement());
		this.body.add(end);
	}

	private void file(ModuleContent shown) {
		if (shown.fileUrl() == null) {
			this.body.add(new Paragraph(getTranslation("learning.module.noFile")));
			return;
		}
		Anchor open = new Anchor(shown.fileUrl(), getTranslation("learning.module.openFile",
				shown.module().material().fileName()));
		open.setTarget(AnchorTarget.BLANK);
		open.setRouterIgnore(true);
		open.addClassName("module-file");
		this.body.add(open, new Paragraph(getTranslation("learning.module.fileNote")));
	}

	private void video(ModuleContent shown) {
		if (shown.embedUrl() != null) {
			IFrame frame = new IFrame(shown.embedUrl());
			frame.addClassName("module-video");
			frame.setAllow("fullscreen; picture-in-picture; encrypted-media");
			frame.getElement().setAttribute("allowfullscreen", true);
			frame.getElement().setAttribute("title", shown.module().title());
			this.body.add(frame);
		}
		else if (shown.fileUrl() != null) {
			Div holder = new Div();
			Element video = new Element("video");
			video.setAttribute("controls", true);
			video.setAttribute("preload", "metadata");
			video.setAttribute("playsinline", true);
			video.setAttribute("src", shown.fileUrl());
			video.getClassList().add("module-video");
			video.addEventListener("play", event -> played());
			holder.getElement().appendChild(video);
			this.body.add(holder);
		}
		else {
			this.body.add(new Paragraph(getTranslation("learning.module.noVideo")));
		}
	}

	private void session(@Nullable LiveSession session) {
		if (session == null) {
			this.body.add(new Paragraph(getTranslation("learning.module.noSession")));
			return;
		}
		this.body.add(new Paragraph(getTranslation("learning.module.sessionWhen", session.title(),
				IndonesianTime.dateTime(session.startsAt(), UserContext.zone(), UserContext.locale()))),
				new Anchor("sesi/" + session.id(), getTranslation("learning.module.toSession")),
				new Paragraph(getTranslation("learning.module.sessionNote")));
	}

	/** The end of the lesson came into view. */
	void readToEnd() {
		done();
	}

	/** The uploaded video started playing. */
	void played() {
		done();
	}

	void done() {
		ModuleContent shown = this.content;
		if (shown == null || shown.progress().state() == ModuleState.DONE) {
			return;
		}
		try {
			boolean completedNow = this.path.markDone(this.runId, shown.module().id());
			this.content = this.path.open(this.runId, shown.module().id());
			this.markDone.setVisible(false);
			this.doneNote.setVisible(true);
			if (completedNow) {
				this.completed.show();
				Notices.success("learning.path.completedNotice");
			}
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
	}

	@Override
	public String getPageTitle() {
		return (this.content == null ? "" : this.content.module().title() + " | ") + getTranslation("app.name");
	}

}
