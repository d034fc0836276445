/**
 * Completion certificates (STTP): templates, PDF rendering, numbering, public verification, signing and bulk
 * download. Publishes {@code CertificateIssued} and {@code CertificateRevoked}.
 */
@ApplicationModule(allowedDependencies = { "shared", "learning", "catalog", "identity", "agency" })
@NullMarked
package id.pelita.certificate;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
