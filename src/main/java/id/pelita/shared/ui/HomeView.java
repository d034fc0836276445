package id.pelita.shared.ui;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The first page after sign-in: a greeting, the cards other modules contribute ({@link DashboardCard}: the next
 * live session, ...), the user's roles and shortcuts to what they may open.
 */
@Route("beranda")
@Menu(title = "menu.home", icon = "vaadin:home", order = 0)
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

	private static final Logger log = LoggerFactory.getLogger(HomeView.class);

	public HomeView(ObjectProvider<DashboardCard> cards) {
		addClassName("page");
		PelitaUser user = CurrentUser.require();
		add(new H2(getTranslation("home.greeting", user.displayName())));
		add(new Paragraph(getTranslation("home.today",
				IndonesianTime.dateTime(Instant.now(), UserContext.zone(), UserContext.locale()))));
		Div contributed = new Div();
		contributed.addClassName("cards");
		cards.stream().sorted(Comparator.comparingInt(DashboardCard::order)).forEach(card -> cardOf(card)
			.ifPresent(contributed::add));
		if (contributed.getComponentCount() > 0) {
			add(contributed);
		}
		Div roles = new Div();
		user.roles().forEach(role -> {
			Span chip = new Span(getTranslation(role.labelKey()));
			chip.addClassName("chip");
			roles.add(chip, new Span(" "));
		});
		add(roles);
		Div shortcuts = new Div();
		shortcuts.addClassName("cards");
		MenuConfiguration.getMenuEntries()
			.stream()
			.filter(entry -> !"menu.home".equals(entry.title()))
			.forEach(entry -> {
				Div card = new Div(new RouterLink(getTranslation(entry.title()), entry.menuClass()));
				card.addClassName("course-card");
				shortcuts.add(card);
			});
		add(shortcuts);
	}

	/** A card that fails is left out rather than taking the dashboard down with it. */
	private static Optional<Component> cardOf(DashboardCard card) {
		try {
			return card.card();
		}
		catch (RuntimeException ex) {
			log.warn("Dashboard card {} failed", card.getClass().getName(), ex);
			return Optional.empty();
		}
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "menu.home");
	}

}
