package id.pelita.identity.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.pelita.identity.AccountAnonymisation;
import id.pelita.identity.AccountService;
import id.pelita.identity.AccountStatus;
import id.pelita.identity.AccountSummary;
import id.pelita.identity.AgencyDirectory;
import id.pelita.identity.AgencyDirectory.AgencyRef;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.PageTitles;
import id.pelita.shared.ui.SearchField;
import id.pelita.shared.ui.AddressFilters;
import jakarta.annotation.security.RolesAllowed;

/** The administrator's accounts page: search, create, disable, roles and agency, password reset. */
@Route("admin/akun")
@Menu(title = "menu.accounts", icon = "vaadin:users", order = 80)
@RolesAllowed(Role.ADMIN_NAME)
class AccountAdminView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final transient AccountService accounts;

	private final List<AgencyRef> agencies;

	private final Map<Long, String> agencyNames;

	final SearchField search = new SearchField("account.search");

	final ComboBox<Role> roleFilter = new ComboBox<>();

	final Button create = new Button();

	final Grid<AccountSummary> grid = new Grid<>();

	private final transient AccountAnonymisation anonymisation;

	AccountAdminView(AccountService accounts, AgencyDirectory agencyDirectory, AccountAnonymisation anonymisation) {
		this.accounts = accounts;
		this.anonymisation = anonymisation;
		this.agencies = agencyDirectory.all();
		this.agencyNames = this.agencies.stream().collect(Collectors.toMap(AgencyRef::id, AgencyRef::name));
		addClassName("page");
		setSizeFull();
		this.search.addValueChangeListener(event -> filterChanged());
		this.roleFilter.setPlaceholder(getTranslation("account.allRoles"));
		this.roleFilter.setAriaLabel(getTranslation("account.roles"));
		this.roleFilter.setItems(EnumSet.allOf(Role.class));
		this.roleFilter.setItemLabelGenerator(role -> getTranslation(role.labelKey()));
		this.roleFilter.setClearButtonVisible(true);
		this.roleFilter.addValueChangeListener(event -> filterChanged());
		this.create.setText(getTranslation("account.create"));
		this.create.setIcon(VaadinIcon.PLUS.create());
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener(click -> openCreateDialog());
		configureGrid();
		HorizontalLayout toolbar = new HorizontalLayout(this.search, this.roleFilter, this.create);
		toolbar.setWrap(true);
		add(new H2(getTranslation("menu.accounts")), toolbar, this.grid);
	}

	private void configureGrid() {
		this.grid.addColumn(AccountSummary::fullName).setHeader(getTranslation("profile.fullName")).setFlexGrow(2);
		this.grid.addColumn(AccountSummary::username).setHeader(getTranslation("account.username"));
		this.grid.addColumn(a -> a.nip() == null ? "" : a.nip()).setHeader(getTranslation("profile.nip"));
		this.grid.addColumn(a -> a.agencyId() == null ? "" : this.agencyNames.getOrDefault(a.agencyId(), ""))
			.setHeader(getTranslation("profile.agency"))
			.setFlexGrow(2);
		this.grid.addColumn(a -> a.roles().stream().sorted().map(r -> getTranslation(r.labelKey()))
			.collect(Collectors.joining(", "))).setHeader(getTranslation("account.roles"));
		this.grid.addComponentColumn(a -> new Span(getTranslation("account.status." + a.status())))
			.setHeader(getTranslation("account.status"));
		this.grid.addComponentColumn(this::actions).setHeader(getTranslation("account.actions")).setAutoWidth(true);
		this.grid.setItems(query -> this.accounts
			.search(this.search.getValue(), this.roleFilter.getValue(), null,
					VaadinSpringDataHelpers.toSpringPageRequest(query))
			.stream());
		this.grid.setSizeFull();
	}

	private HorizontalLayout actions(AccountSummary account) {
		boolean disabled = account.status() == AccountStatus.DISABLED;
		Button toggle = new Button(getTranslation(disabled ? "account.enable" : "account.disable"),
				click -> run(() -> this.accounts.setEnabled(account.id(), disabled),
						disabled ? "account.enabled" : "account.disabled"));
		toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, disabled ? ButtonVariant.LUMO_SUCCESS
				: ButtonVariant.LUMO_ERROR);
		Button access = new Button(getTranslation("account.editAccess"), click -> openAccessDialog(account));
		access.addThemeVariants(ButtonVariant.LUMO_SMALL);
		Button reset = new Button(getTranslation("account.resetPassword"), click -> openResetDialog(account));
		reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
		Button anonymise = new Button(getTranslation("account.anonymise"),
				click -> new AnonymiseDialog(account.fullName(),
						() -> run(() -> this.anonymisation.anonymise(account.id()), "account.anonymised"))
					.open());
		anonymise.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		return new HorizontalLayout(toggle, access, reset, anonymise);
	}

	private void openCreateDialog() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("account.create"));
		AccountForm form = new AccountForm(this.agencies);
		form.addSubmitListener(event -> {
			try {
				this.accounts.createAccount(event.account());
				dialog.close();
				Notices.success("account.created", event.account().username());
				this.grid.getDataProvider().refreshAll();
			}
			catch (UserFacingException ex) {
				Notices.failure(ex);
			}
		});
		Button save = new Button(getTranslation("action.save"), click -> form.submit());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.add(form);
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
		dialog.open();
	}

	private void openAccessDialog(AccountSummary account) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("account.editAccess") + ": " + account.fullName());
		CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("account.roles"));
		roles.setItems(EnumSet.allOf(Role.class));
		roles.setItemLabelGenerator(role -> getTranslation(role.labelKey()));
		roles.setValue(account.roles());
		ComboBox<AgencyRef> agency = new ComboBox<>(getTranslation("profile.agency"), this.agencies);
		agency.setItemLabelGenerator(AgencyRef::name);
		agency.setClearButtonVisible(true);
		this.agencies.stream().filter(a -> a.id() == (account.agencyId() == null ? -1 : account.agencyId()))
			.findFirst().ifPresent(agency::setValue);
		Button save = new Button(getTranslation("action.save"), click -> {
			if (run(() -> this.accounts.changeAccess(account.id(), roles.getValue(),
					agency.getValue() == null ? null : agency.getValue().id()), "account.accessChanged")) {
				dialog.close();
			}
		});
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.add(new VerticalLayout(roles, agency));
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
		dialog.open();
	}

	private void openResetDialog(AccountSummary account) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("account.resetPassword") + ": " + account.fullName());
		PasswordField password = new PasswordField(getTranslation("profile.newPassword"));
		password.setHelperText(getTranslation("password.rules"));
		Button save = new Button(getTranslation("action.save"), click -> {
			if (run(() -> this.accounts.resetPassword(account.id(), password.getValue()), "account.passwordReset")) {
				dialog.close();
			}
		});
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.add(password);
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
		dialog.open();
	}

	private boolean run(Runnable action, String successKey) {
		try {
			action.run();
			Notices.success(successKey);
			this.grid.getDataProvider().refreshAll();
			return true;
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			return false;
		}
	}

	private void filterChanged() {
		this.grid.getDataProvider().refreshAll();
		AddressFilters.of("admin/akun").with("q", this.search.getValue()).write(this);
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
		return PageTitles.of(this, "menu.accounts");
	}

}
