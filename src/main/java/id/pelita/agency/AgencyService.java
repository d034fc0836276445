package id.pelita.agency;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.pelita.agency.internal.Agency;
import id.pelita.agency.internal.AgencyRepository;
import id.pelita.identity.AgencyDirectory;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditObject;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agency tree: listing, adding, and the sub-tree an agency coordinator may see. */
@Service
public class AgencyService implements AgencyDirectory {

	private final AgencyRepository agencies;

	private final AuditLog audit;

	private final Clock clock;

	AgencyService(AgencyRepository agencies, AuditLog audit, Clock clock) {
		this.audit = audit;
		this.agencies = agencies;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AgencySummary> tree() {
		return this.agencies.findAllByOrderByCodeAsc().stream().map(AgencyService::summary).toList();
	}

	@Transactional(readOnly = true)
	public Optional<AgencySummary> findAgency(long agencyId) {
		return this.agencies.findById(agencyId).map(AgencyService::summary);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public long create(NewAgency request) {
		String code = request.code() == null ? "" : request.code().strip();
		String name = request.name() == null ? "" : request.name().strip();
		if (code.isEmpty() || code.length() > 40) {
			throw new UserFacingException("agency.error.code");
		}
		if (name.isEmpty() || name.length() > 200) {
			throw new UserFacingException("agency.error.name");
		}
		if (request.kind() == null) {
			throw new UserFacingException("agency.error.kind");
		}
		if (request.kind() != AgencyKind.PROVINCE && request.parentId() == null) {
			throw new UserFacingException("agency.error.parentRequired");
		}
		if (request.parentId() != null && !this.agencies.existsById(request.parentId())) {
			throw new UserFacingException("agency.error.parentUnknown");
		}
		if (this.agencies.existsByCode(code)) {
			throw new UserFacingException("agency.error.codeTaken", code);
		}
		Agency agency = this.agencies.saveAndFlush(new Agency(code, name, request.kind(), request.parentId(),
				this.clock.instant()));
		Map<String, @Nullable Object> facts = new LinkedHashMap<>();
		facts.put("code", code);
		facts.put("name", name);
		facts.put("kind", request.kind().name());
		facts.put("parentId", request.parentId());
		this.audit.record(AuditEntry.of(AuditAction.AGENCY_CREATED, AuditObject.AGENCY, agency.getId())
			.about(null, agency.getId())
			.changes(Map.of(), facts));
		return agency.getId();
	}

	/** The agency and every unit below it: what its coordinator may see. */
	@Override
	@Transactional(readOnly = true)
	public Set<Long> subtreeOf(long agencyId) {
		Map<Long, List<Long>> children = this.agencies.findAll()
			.stream()
			.filter(agency -> agency.getParentId() != null)
			.collect(Collectors.groupingBy(Agency::getParentId,
					Collectors.mapping(Agency::getId, Collectors.toList())));
		Set<Long> result = new HashSet<>();
		Deque<Long> pending = new ArrayDeque<>(List.of(agencyId));
		while (!pending.isEmpty()) {
			Long next = pending.pop();
			if (result.add(next)) {
				pending.addAll(children.getOrDefault(next, List.of()));
			}
		}
		return result;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AgencyRef> all() {
		return this.agencies.findAllByOrderByCodeAsc()
			.stream()
			.map(agency -> new AgencyRef(agency.getId(), agency.getCode(), agency.getName()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AgencyRef> find(long agencyId) {
		return this.agencies.findById(agencyId)
			.map(agency -> new AgencyRef(agency.getId(), agency.getCode(), agency.getName()));
	}

	private static AgencySummary summary(Agency agency) {
		return new AgencySummary(agency.getId(), agency.getCode(), agency.getName(), agency.getKind(),
				agency.getParentId(), agency.isActive());
	}

}
