package id.pelita.agency.ui;

import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pelita.agency.ApiTokenService;
import id.pelita.agency.ApiTokenSummary;
import id.pelita.agency.NewApiToken;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The agency's API tokens for HR systems: create one (its value is shown once, in a dialog), see when each was
 * last used, revoke one.
 */
@Route("instansi/token-api")
@Menu(title = "menu.apiTokens", icon = "vaadin:key", order = 48)
@RolesAllowed(Role.AGENCY_COORDINATOR_NAME)
class ApiTokenView extends VerticalLayout implements HasDynamicTitle {

	private final transient ApiTokenService tokens;

	final TextField name = new TextField();

	final Button create = new Button();

	final Grid<ApiTokenSummary> grid = new Grid<>();

	final Div empty = new Div();

	/** The field that shows a new token's value, in the dialog after creation; null before. */
	TextField createdToken;

	ApiTokenView(ApiTokenService tokens) {
		this.tokens = tokens;
		addClassName("page");
		setSizeFull();
		this.name.setLabel(getTranslation("apiToken.name"));
		this.name.setPlaceholder(getTranslation("apiToken.name.placeholder"));
		this.name.setMaxLength(100);
		this.create.setText(getTranslation("apiToken.create"));
		this.create.setIcon(VaadinIcon.KEY.create());
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener(click -> create());
		HorizontalLayout form = new HorizontalLayout(this.name, this.create);
		form.setAlignItems(FlexComponent.Alignment.BASELINE);
		form.setWrap(true);
		Paragraph help = new Paragraph(getTranslation("apiToken.help"));
		Anchor docs = new Anchor("swagger-ui.html", getTranslation("apiToken.docs"), AnchorTarget.BLANK);
		docs.setRouterIgnore(true);
		this.empty.addClassName("empty-state");
		this.empty.setText(getTranslation("apiToken.empty"));
		configureGrid();
		add(new H2(getTranslation("menu.apiTokens")), help, docs, form, this.grid, this.empty);
		refresh();
	}

	private void configureGrid() {
		this.grid.addColumn(ApiTokenSummary::name).setHeader(getTranslation("apiToken.name")).setFlexGrow(2);
		this.grid.addColumn(token -> token.prefix() + "…").setHeader(getTranslation("apiToken.prefix"))
			.setAutoWidth(true);
		this.grid.addColumn(token -> when(token.createdAt()) + " · " + token.createdBy())
			.setHeader(getTranslation("apiToken.created"))
			.setFlexGrow(2);
		this.grid.addColumn(token -> token.lastUsedAt() == null ? getTranslation("apiToken.neverUsed")
				: when(token.lastUsedAt())).setHeader(getTranslation("apiToken.lastUsed"));
		this.grid.addComponentColumn(token -> {
			Span chip = new Span(getTranslation(token.revoked() ? "apiToken.revoked" : "apiToken.active"));
			chip.addClassName("chip");
			return chip;
		}).setHeader(getTranslation("account.status")).setAutoWidth(true);
		this.grid.addComponentColumn(this::revokeButton).setHeader(getTranslation("account.actions"))
			.setAutoWidth(true);
		this.grid.setSizeFull();
	}

	private Span revokeButton(ApiTokenSummary token) {
		Span cell = new Span();
		if (!token.revoked()) {
			Button revoke = new Button(getTranslation("apiToken.revoke"), click -> confirmRevoke(token));
			revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
			cell.add(revoke);
		}
		return cell;
	}

	private void create() {
		NewApiToken token;
		try {
			token = this.tokens.create(this.name.getValue());
		}
		catch (UserFacingException ex) {
			this.name.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
			this.name.setInvalid(true);
			return;
		}
		this.name.clear();
		this.name.setInvalid(false);
		refresh();
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("apiToken.createdTitle", token.name()));
		this.createdToken = new TextField(getTranslation("apiToken.value"));
		this.createdToken.setValue(token.token());
		this.createdToken.setReadOnly(true);
		this.createdToken.setWidthFull();
		this.createdToken.addFocusListener(focus -> this.createdToken.getElement().executeJs("this.inputElement.select()"));
		dialog.add(new Paragraph(getTranslation("apiToken.shownOnce")), this.createdToken);
		Button done = new Button(getTranslation("apiToken.copied"), click -> dialog.close());
		done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.getFooter().add(done);
		dialog.setWidth("min(640px, 100vw)");
		dialog.open();
	}

	private void confirmRevoke(ApiTokenSummary token) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("apiToken.revokeTitle", token.name()));
		dialog.add(new Paragraph(getTranslation("apiToken.revokeText")));
		Button revoke = new Button(getTranslation("apiToken.revokeConfirm"), click -> {
			try {
				this.tokens.revoke(token.id());
				Notices.success("apiToken.revokedNotice", token.name());
			}
			catch (UserFacingException ex) {
				Notices.failure(ex);
			}
			dialog.close();
			refresh();
		});
		revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), revoke);
		dialog.open();
	}

	private void refresh() {
		List<ApiTokenSummary> all = this.tokens.tokens();
		this.grid.setItems(all);
		this.grid.setVisible(!all.isEmpty());
		this.empty.setVisible(all.isEmpty());
	}

	private static String when(Instant instant) {
		return IndonesianTime.dateTime(instant, UserContext.zone(), UserContext.locale());
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "menu.apiTokens");
	}

}
