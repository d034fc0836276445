package id.pelita.enrolment;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A part of a run's public page ({@code /katalog/<runId>}) that another module contributes, such as the schedule of
 * live sessions. Beans of this type are shown below the run's facts, in {@link #order()}, and rebuilt whenever the
 * page shows the run again (after enrolling, for instance); enrolment knows nothing else of them.
 */
public interface RunPageSection {

	/** A new component about the run for the signed-in reader, or empty when there is nothing to show. */
	Optional<Component> section(long runId);

	/** Lower comes first. */
	default int order() {
		return 0;
	}

}
