package id.pelita.enrolment;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A part of a course card on the participant's "my courses" page ({@code /kursus-saya}) that another module
 * contributes, such as the learning progress with a link to the path. Asked for each card showing a confirmed
 * enrolment, in the UI thread of the signed-in participant; enrolment knows nothing else of it.
 */
public interface MyCourseBadge {

	/** A new component for the run's card, or empty when there is nothing to show. */
	Optional<Component> badge(long runId);

}
