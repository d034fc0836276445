package id.pelita.shared.ui;

import java.util.Comparator;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every signed-in page: the header with language switch and sign-out, and the menu built from
 * the {@code @Menu} annotations of the views the user may open (their titles are translation keys). Other modules
 * add to the header through {@link HeaderWidget} beans.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

	private final transient AuthenticationContext authentication;

	private final transient ObjectProvider<HeaderWidget> widgets;

	private final SideNav menu = new SideNav();

	public MainLayout(AuthenticationContext authentication, ObjectProvider<HeaderWidget> widgets) {
		this.authentication = authentication;
		this.widgets = widgets;
		setPrimarySection(Section.DRAWER);
		DrawerToggle toggle = new DrawerToggle();
		toggle.setAriaLabel(getTranslation("layout.menu"));
		addToNavbar(toggle, header());
		Span brand = new Span(getTranslation("app.name"));
		brand.addClassName("brand");
		this.menu.addClassName("main-menu");
		addToDrawer(brand, new Scroller(this.menu), footer());
		buildMenu();
	}

	private HorizontalLayout header() {
		HorizontalLayout header = new HorizontalLayout();
		header.addClassName("app-header");
		header.setWidthFull();
		header.setAlignItems(FlexComponent.Alignment.CENTER);
		Span spacer = new Span();
		header.addToStart(spacer);
		header.setFlexGrow(1, spacer);
		header.addToEnd(new LanguageSwitch(locale -> getUI().ifPresent(ui -> ui.getPage().reload())));
		CurrentUser.get().ifPresent(user -> {
			this.widgets.stream()
				.sorted(Comparator.comparingInt(HeaderWidget::order))
				.forEach(widget -> header.addToEnd(widget.create()));
			header.addToEnd(userBox(user));
		});
		return header;
	}

	private HorizontalLayout userBox(PelitaUser user) {
		Span name = new Span(user.displayName());
		name.addClassName("user-name");
		Button signOut = new Button(getTranslation("layout.signOut"), new Icon(VaadinIcon.SIGN_OUT),
				click -> this.authentication.logout());
		signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		HorizontalLayout box = new HorizontalLayout(name, signOut);
		box.setAlignItems(FlexComponent.Alignment.CENTER);
		return box;
	}

	private Footer footer() {
		Footer footer = new Footer(new Span(getTranslation("app.tagline")));
		footer.addClassName("drawer-footer");
		return footer;
	}

	private void buildMenu() {
		for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
			SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
			if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
				item.setPrefixComponent(VaadinIcon.valueOf(entry.icon().substring(7).toUpperCase().replace('-', '_'))
					.create());
			}
			this.menu.addItem(item);
		}
	}

}
