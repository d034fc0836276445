package id.pelita.operations;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.pelita.identity.AgencyDirectory;
import id.pelita.identity.AgencyDirectory.AgencyRef;
import id.pelita.operations.internal.AuditExport;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.audit.AuditCursor;
import id.pelita.shared.audit.AuditQuery;
import id.pelita.shared.audit.AuditRecord;
import id.pelita.shared.audit.AuditTrail;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log. An administrator reads every entry; an agency coordinator only the entries whose subject
 * agency is their agency or one of its units (checked here, whatever page asks). Pages are keyset pages, newest
 * first; an export holds at most {@link #MAX_EXPORT} entries.
 */
@Service
public class AuditService {

	/** The most entries a page shows. */
	public static final int PAGE_SIZE = 50;

	/** The most entries one export holds. */
	public static final int MAX_EXPORT = 100_000;

	private final AuditTrail trail;

	private final AgencyDirectory agencies;

	private final AuditExport export;

	AuditService(AuditTrail trail, AgencyDirectory agencies, AuditExport export) {
		this.trail = trail;
		this.agencies = agencies;
		this.export = export;
	}

	/**
	 * The entries matching the filter that the reader may see, newest first, older than {@code after} when
	 * given; one more than {@code size} is never returned, so a full page means there may be more.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public List<AuditRecord> entries(AuditFilter filter, @Nullable AuditCursor after, int size, ZoneId zone) {
		return this.trail.page(scoped(filter, zone), after, Math.min(size, AuditTrail.MAX_PAGE));
	}

	/** The entries matching the filter that the reader may see, as a CSV or XLSX file (at most {@link #MAX_EXPORT}). */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public byte[] export(AuditFilter filter, SpreadsheetFormat format, Locale locale, ZoneId zone) {
		AuditQuery query = scoped(filter, zone);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.export.write(format, locale, zone, names(), out,
				consumer -> this.trail.forEach(query, MAX_EXPORT, consumer));
		return out.toByteArray();
	}

	/** The names of the agencies, by id, for showing whom entries are about. */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public Map<Long, String> agencyNames() {
		return names();
	}

	private Map<Long, String> names() {
		return this.agencies.all().stream().collect(Collectors.toMap(AgencyRef::id, AgencyRef::name, (a, b) -> a));
	}

	/** The filter's query, limited to the reader's agency and its units unless the reader is an administrator. */
	private AuditQuery scoped(AuditFilter filter, ZoneId zone) {
		AuditQuery query = filter.query(zone);
		PelitaUser reader = CurrentUser.require();
		if (reader.hasRole(Role.ADMIN)) {
			return query;
		}
		if (!reader.hasRole(Role.AGENCY_COORDINATOR) || reader.agencyId() == null) {
			throw new AccessDeniedException("The audit log is for administrators and agency coordinators");
		}
		Set<Long> subtree = this.agencies.subtreeOf(reader.agencyId());
		if (subtree.isEmpty()) {
			throw new UserFacingException("audit.error.noAgency");
		}
		return query.within(subtree);
	}

}
