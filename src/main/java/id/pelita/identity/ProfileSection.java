package id.pelita.identity;

import com.vaadin.flow.component.Component;

/**
 * A part of the profile page ({@code /profil}) that another module contributes, such as the personal calendar feed
 * of live classes. Beans of this type are shown below the profile's own fields, in {@link #order()}; identity knows
 * nothing else of them.
 */
public interface ProfileSection {

	/** A new component for the signed-in person, built for each page. */
	Component section();

	/** Lower comes first. */
	default int order() {
		return 0;
	}

}
