/**
 * Running the platform for a province: the audit log's page ({@code /admin/audit}, {@link
 * id.pelita.operations.AuditService}: administrators read every entry, coordinators the entries about their own
 * agency and its units) and its retention ({@code pelita.audit.retention}, pruned by the Quartz job
 * {@code audit-retention}). The log itself is written by every module through {@code shared.audit.AuditLog}.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity" })
@NullMarked
package id.pelita.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
