package id.pelita.identity;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to the person's profile page ({@code /profil}), such as e-mail preferences or the
 * personal calendar link. Modules contribute beans of this type; the page shows their sections below its own, in
 * {@link #order()}.
 */
public interface ProfileSection {

	/** Position on the page, lower first. */
	int order();

	/** A new component for one page (a component belongs to one UI, never to the singleton bean). */
	Component section();

}
