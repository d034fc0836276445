package id.pelita.enrolment;

import id.pelita.catalog.RunDetails;

/** A run as the participant's catalogue shows it, with the seats nobody holds yet. */
public record CatalogueEntry(RunDetails run, int seatsLeft) {
}
