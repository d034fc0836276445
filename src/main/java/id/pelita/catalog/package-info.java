/**
 * The course catalogue: courses with their competency type, JP, passing rules, certificate template and cover
 * image (served under {@code /images/covers/}), and their monthly runs (Angkatan) with registration window, seats,
 * seats per agency and enrolment mode. Organisers manage both ({@code /kelola/kursus}, {@code /kelola/angkatan});
 * the landing page shows this month's and next month's runs. Seats taken are counted by the enrolment module
 * through {@link id.pelita.catalog.SeatAvailability}. Publishes {@code RunPublished}.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity" })
@NullMarked
package id.pelita.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
