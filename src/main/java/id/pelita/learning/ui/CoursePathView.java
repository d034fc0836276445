package id.pelita.learning.ui;

import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
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
 * A course's module list: the template every new run of the course copies. Always editable (runs keep their own
 * copies); live-session modules get their session in each run.
 */
@StyleSheet("context://styles/learning.css")
@Route("kelola/kursus/:courseId([0-9]{1,18})/modul")
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
class CoursePathView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String COURSE_ID = "courseId";

	private final transient PathBuilder builder;

	private final transient ModuleKinds kinds;

	final Anchor back = new Anchor("kelola/kursus", "");

	final H2 title = new H2();

	final Paragraph note = new Paragraph();

	PathEditor editor;

	private String courseTitle = "";

	CoursePathView(PathBuilder builder, ModuleKinds kinds) {
		this.builder = builder;
		this.kinds = kinds;
		addClassName("page");
		this.back.setText(getTranslation("learning.builder.backToCourses"));
		this.note.setText(getTranslation("learning.builder.templateNote"));
		this.note.addClassName("field-note");
		add(this.back, this.title, this.note);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long courseId = Long.parseLong(event.getRouteParameters().get(COURSE_ID).orElseThrow());
		try {
			this.courseTitle = this.builder.course(courseId).title();
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			event.forwardTo("kelola/kursus");
			return;
		}
		this.title.setText(getTranslation("learning.builder.courseTitle", this.courseTitle));
		this.editor = new PathEditor(this.builder, this.kinds, new PathEditor.Scope() {

			@Override
			public List<PathModule> modules() {
				return CoursePathView.this.builder.courseModules(courseId);
			}

			@Override
			public long add(ModuleDraft draft) {
				return CoursePathView.this.builder.addToCourse(courseId, draft);
			}

			@Override
			public List<LiveSession> sessions() {
				return List.of();
			}

			@Override
			public boolean editable() {
				return true;
			}

		});
		add(this.editor);
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "learning.builder.courseTitle", this.courseTitle);
	}

}
