package id.pelita.agency.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pelita.agency.AgencyKind;
import id.pelita.agency.AgencyService;
import id.pelita.agency.AgencySummary;
import id.pelita.agency.NewAgency;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/** The administrator's agency tree: province, regencies and cities, OPDs; adding an agency. */
@Route("admin/instansi")
@Menu(title = "menu.agencies", icon = "vaadin:sitemap", order = 81)
@RolesAllowed(Role.ADMIN_NAME)
class AgencyAdminView extends VerticalLayout implements HasDynamicTitle {

	private final transient AgencyService agencies;

	final TreeGrid<AgencySummary> tree = new TreeGrid<>();

	final Button add = new Button();

	AgencyAdminView(AgencyService agencies) {
		this.agencies = agencies;
		addClassName("page");
		setSizeFull();
		this.tree.addHierarchyColumn(AgencySummary::name).setHeader(getTranslation("agency.name")).setFlexGrow(3);
		this.tree.addColumn(AgencySummary::code).setHeader(getTranslation("agency.code"));
		this.tree.addColumn(a -> getTranslation(a.kind().labelKey())).setHeader(getTranslation("agency.kind"));
		this.tree.setSizeFull();
		this.add.setText(getTranslation("agency.add"));
		this.add.setIcon(VaadinIcon.PLUS.create());
		this.add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.add.addClickListener(click -> openAddDialog());
		add(new H2(getTranslation("menu.agencies")), this.add, this.tree);
		refresh();
	}

	private void refresh() {
		List<AgencySummary> all = this.agencies.tree();
		Map<Long, AgencySummary> byId = all.stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
		List<AgencySummary> roots = all.stream().filter(a -> a.parentId() == null || !byId.containsKey(a.parentId()))
			.toList();
		Map<Long, List<AgencySummary>> children = all.stream()
			.filter(a -> a.parentId() != null)
			.collect(Collectors.groupingBy(AgencySummary::parentId));
		this.tree.setItems(roots, agency -> children.getOrDefault(agency.id(), List.of()));
		this.tree.expand(roots);
	}

	private void openAddDialog() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("agency.add"));
		TextField code = new TextField(getTranslation("agency.code"));
		TextField name = new TextField(getTranslation("agency.name"));
		ComboBox<AgencyKind> kind = new ComboBox<>(getTranslation("agency.kind"), EnumSet.allOf(AgencyKind.class));
		kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
		ComboBox<AgencySummary> parent = new ComboBox<>(getTranslation("agency.parent"), this.agencies.tree());
		parent.setItemLabelGenerator(AgencySummary::name);
		Button save = new Button(getTranslation("action.save"), click -> {
			try {
				this.agencies.create(new NewAgency(code.getValue(), name.getValue(), kind.getValue(),
						parent.getValue() == null ? null : parent.getValue().id()));
				dialog.close();
				Notices.success("agency.added", name.getValue());
				refresh();
			}
			catch (UserFacingException ex) {
				Notices.failure(ex);
			}
		});
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.add(new FormLayout(code, name, kind, parent));
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
		dialog.open();
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "menu.agencies");
	}

}
