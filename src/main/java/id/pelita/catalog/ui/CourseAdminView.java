package id.pelita.catalog.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pelita.catalog.CatalogService;
import id.pelita.catalog.CourseDetails;
import id.pelita.catalog.CourseSummary;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.PageTitles;
import id.pelita.shared.ui.SearchField;
import id.pelita.shared.ui.AddressFilters;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** The organiser's courses: list with search (kept in the address as {@code ?q=}), create and edit. */
@Route("kelola/kursus")
@Menu(title = "menu.manageCourses", icon = "vaadin:book", order = 40)
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
class CourseAdminView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "kelola/kursus";

	private final transient CatalogService catalog;

	final SearchField search = new SearchField("courseAdmin.search");

	final Button create = new Button();

	final Grid<CourseSummary> grid = new Grid<>();

	final Paragraph empty = new Paragraph();

	private List<CourseSummary> all = List.of();

	CourseAdminView(CatalogService catalog) {
		this.catalog = catalog;
		addClassName("page");
		setSizeFull();
		this.search.setWidth("22em");
		this.search.setMaxWidth("100%");
		this.search.addValueChangeListener(event -> filterChanged());
		this.create.setText(getTranslation("courseAdmin.create"));
		this.create.setIcon(VaadinIcon.PLUS.create());
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener(click -> openDialog(null));
		configureGrid();
		this.empty.addClassName("empty-state");
		HorizontalLayout toolbar = new HorizontalLayout(this.search, this.create);
		toolbar.setWrap(true);
		add(new H2(getTranslation("menu.manageCourses")), toolbar, this.grid, this.empty);
		refresh();
	}

	private void configureGrid() {
		this.grid.addColumn(CourseSummary::title).setHeader(getTranslation("courseAdmin.title")).setFlexGrow(3);
		this.grid.addColumn(CourseSummary::code).setHeader(getTranslation("courseAdmin.code"));
		this.grid.addColumn(course -> getTranslation(course.competencyType().labelKey()))
			.setHeader(getTranslation("courseAdmin.competencyType"));
		this.grid.addColumn(CourseSummary::category).setHeader(getTranslation("courseAdmin.category"));
		this.grid.addColumn(course -> course.jp().hours()).setHeader(getTranslation("courseAdmin.jpShort"))
			.setAutoWidth(true);
		this.grid.addColumn(course -> getTranslation(course.learningMode().labelKey()))
			.setHeader(getTranslation("courseAdmin.learningMode"));
		this.grid.addComponentColumn(course -> {
			Button edit = new Button(getTranslation("courseAdmin.edit"), click -> openDialog(course.id()));
			edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			return edit;
		}).setHeader(getTranslation("courseAdmin.actions")).setAutoWidth(true).setFlexGrow(0);
		// the course's modules, a page of the learning module (linked by its route)
		this.grid.addComponentColumn(course -> new Anchor("kelola/kursus/" + course.id() + "/modul",
				getTranslation("learning.link.courseModules")))
			.setKey("modules")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setSizeFull();
	}

	private void refresh() {
		this.all = this.catalog.courses();
		applyFilter();
	}

	private void applyFilter() {
		String text = this.search.getValue().strip().toLowerCase(Locale.ROOT);
		List<CourseSummary> shown = this.all.stream()
			.filter(course -> text.isEmpty() || (course.title() + " " + course.code() + " " + course.category())
				.toLowerCase(Locale.ROOT)
				.contains(text))
			.toList();
		this.grid.setItems(shown);
		this.grid.setVisible(!shown.isEmpty());
		this.empty.setVisible(shown.isEmpty());
		this.empty.setText(getTranslation(text.isEmpty() ? "courseAdmin.empty" : "courseAdmin.noMatch"));
	}

	private void openDialog(@Nullable Long courseId) {
		CourseDetails existing = null;
		if (courseId != null) {
			try {
				existing = this.catalog.course(courseId);
			}
			catch (UserFacingException ex) {
				Notices.failure(ex);
				refresh();
				return;
			}
		}
		Dialog dialog = new Dialog();
		dialog.setWidth("900px");
		dialog.setMaxWidth("100%");
		dialog.setHeaderTitle(existing == null ? getTranslation("courseAdmin.create")
				: getTranslation("courseAdmin.editTitle", existing.title()));
		CourseForm form = new CourseForm(this.all.stream().map(CourseSummary::category).toList(),
				this.catalog.certificateTemplates(), this.catalog.defaultCertificateTemplate(),
				this.catalog::checkCoverImage);
		if (existing != null) {
			form.edit(existing);
		}
		form.addSubmitListener(event -> {
			try {
				if (courseId == null) {
					this.catalog.createCourse(event.course(), event.cover());
					Notices.success("courseAdmin.created", event.course().title().strip());
				}
				else {
					this.catalog.updateCourse(courseId, event.course(), event.cover());
					Notices.success("courseAdmin.updated", event.course().title().strip());
				}
				dialog.close();
				refresh();
			}
			catch (UserFacingException ex) {
				form.showError(ex);
				Notices.failure(ex);
			}
		});
		Button save = new Button(getTranslation("action.save"), click -> form.submit());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.add(form);
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
		dialog.open();
	}

	private void filterChanged() {
		applyFilter();
		AddressFilters.of(ROUTE).with("q", this.search.getValue()).write(this);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(q -> {
			if (!q.equals(this.search.getValue())) {
				this.search.setValue(q);
			}
		});
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "menu.manageCourses");
	}

}
