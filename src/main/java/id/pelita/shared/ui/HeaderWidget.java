package id.pelita.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a higher module shows in the header of every signed-in page, such as the notification bell. Modules
 * contribute beans of this type; {@link MainLayout} asks each for a new component, in {@link #order()}, between
 * the language switch and the user's name.
 */
public interface HeaderWidget {

	/** Position in the header, lower first. */
	int order();

	/** A new component for one page (a component belongs to one UI, never to the singleton bean). */
	Component create();

}
