package id.pelita.shared.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A card on the dashboard ({@code /beranda}) contributed by a module that {@code shared} may not depend on (the
 * next live session, courses in progress, JP of the year). Beans of this type are collected by the dashboard,
 * which asks each for a fresh card on every visit, in the UI thread of the signed-in user.
 */
public interface DashboardCard {

	/** Cards are shown by ascending order. */
	int order();

	/** A new component for the signed-in user, or empty when the card has nothing to show them. */
	Optional<Component> card();

}
