package id.pelita.learning.ui.survey;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.pelita.learning.SurveyDefinition;
import id.pelita.learning.SurveyEditor;
import id.pelita.learning.SurveySection;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The organiser's editor of a survey module, of a course's template or of a run's copy: the Likert items of the
 * organisation, materials and instructor sections, the free-text questions, and the instructors. Editable until
 * the first response; then it shows the survey as the respondents saw it.
 */
@Route("kelola/kursus/:courseId([0-9]{1,18})/evaluasi/:moduleId([0-9]{1,18})")
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
@StyleSheet("context://styles/survey.css")
class SurveyEditorView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String COURSE_ID = "courseId";

	static final String MODULE_ID = "moduleId";

	private final transient SurveyEditor editor;

	final Anchor back = new Anchor();

	final H2 title = new H2();

	final Paragraph scope = new Paragraph();

	final Paragraph locked = new Paragraph();

	final Anchor results = new Anchor();

	final SurveyItemsEditor items;

	final InstructorsEditor instructors;

	private @Nullable SurveyDefinition definition;

	private long courseId;

	SurveyEditorView(SurveyEditor editor) {
		this.editor = editor;
		addClassName("page");
		this.items = new SurveyItemsEditor(new SurveyItemsEditor.Actions() {

			@Override
			public void add(SurveySection section, String text) {
				act(() -> editor.addItem(moduleId(), section, text), "survey.editor.added");
			}

			@Override
			public void change(long itemId, String text) {
				act(() -> editor.changeItem(moduleId(), itemId, text), "survey.editor.saved");
			}

			@Override
			public void move(long itemId, int direction) {
				act(() -> editor.moveItem(moduleId(), itemId, direction), null);
			}

			@Override
			public void remove(long itemId) {
				act(() -> editor.removeItem(moduleId(), itemId), "survey.editor.removed");
			}

		});
		this.instructors = new InstructorsEditor(new InstructorsEditor.Actions() {

			@Override
			public void add(String name, String nip) {
				act(() -> editor.addInstructor(moduleId(), name, nip), "survey.editor.instructorAdded");
			}

			@Override
			public void remove(String name) {
				act(() -> editor.removeInstructor(moduleId(), name), "survey.editor.removed");
			}

			@Override
			public void followSessions() {
				act(() -> editor.instructorsFromSessions(moduleId()), "survey.editor.followingSessions");
			}

		});
		this.scope.addClassName("field-note");
		this.locked.addClassName("survey-locked");
		this.back.setText(getTranslation("survey.editor.back"));
		this.results.setText(getTranslation("survey.editor.results"));
		add(this.back, this.title, this.scope, this.locked, this.results, this.items, this.instructors);
	}

	static String route(long courseId, long moduleId) {
		return "kelola/kursus/" + courseId + "/evaluasi/" + moduleId;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.courseId = Long.parseLong(event.getRouteParameters().get(COURSE_ID).orElseThrow());
		long moduleId = Long.parseLong(event.getRouteParameters().get(MODULE_ID).orElseThrow());
		try {
			show(this.editor.definition(this.courseId, moduleId));
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			event.forwardTo("kelola/kursus");
		}
	}

	private void show(SurveyDefinition shown) {
		this.definition = shown;
		this.title.setText(shown.title());
		this.back.setHref(shown.runId() == null ? "kelola/kursus/" + shown.courseId() + "/modul"
				: "kelola/angkatan/" + shown.runId() + "/modul");
		this.scope.setText(shown.runId() == null ? getTranslation("survey.editor.template", shown.courseTitle())
				: getTranslation("survey.editor.runCopy", shown.courseTitle(), shown.runName()));
		this.locked.setText(getTranslation("survey.editor.locked", shown.responses()));
		this.locked.setVisible(!shown.editable());
		this.results.setVisible(shown.runId() != null);
		if (shown.runId() != null) {
			this.results.setHref(SurveyResultsView.route(shown.runId(), shown.moduleId()));
		}
		this.items.show(shown);
		this.instructors.show(shown);
	}

	private long moduleId() {
		return this.definition == null ? 0 : this.definition.moduleId();
	}

	/** Runs an edit; shows the survey again, or the refusal with nothing changed. */
	private void act(Runnable edit, @Nullable String successKey) {
		try {
			edit.run();
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			return;
		}
		if (successKey != null) {
			Notices.success(successKey);
		}
		show(this.editor.definition(this.courseId, moduleId()));
	}

	@Override
	public String getPageTitle() {
		String name = this.definition == null ? "" : " " + this.definition.title();
		return PageTitles.named(this, getTranslation("survey.editor.pageTitle") + name);
	}

}
