/**
 * Running the platform for a province: the audit log's page ({@code /admin/audit}, {@link
 * id.pelita.operations.AuditService}: administrators read every entry, coordinators the entries about their own
 * agency and its units) and its retention ({@code pelita.audit.retention}, pruned by the Quartz job
 * {@code audit-retention}); the integration checks ({@code /admin/integrasi}, {@link
 * id.pelita.operations.IntegrationService}) and one health contributor per outside system (group
 * {@code /actuator/health/integrations}). The log itself is written by every module through {@code shared.audit.AuditLog}.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "liveclass", "notification", "certificate" })
@NullMarked
package id.pelita.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
