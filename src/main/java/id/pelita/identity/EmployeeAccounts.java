package id.pelita.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import id.pelita.identity.ActivationLinksIssued.ActivationLink;
import id.pelita.identity.internal.ActivationTokens;
import id.pelita.identity.internal.EmployeeAudits;
import id.pelita.identity.internal.EmployeeChecks;
import id.pelita.identity.internal.EmployeeChecks.Row;
import id.pelita.identity.internal.EmployeeChecks.Scope;
import id.pelita.identity.internal.EmployeeChecks.Validation;
import id.pelita.identity.internal.EmployeeRows;
import id.pelita.identity.internal.EmployeeRows.NewRow;
import id.pelita.identity.internal.EmployeeRows.Stored;
import id.pelita.shared.Nip;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.OpaqueTokens;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.web.InvalidFields;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employee accounts of an agency coordinator's roster: checking, creating and updating them in bulk, editing
 * one, switching one off. A coordinator only ever reaches accounts of their agency and the units below it; this
 * class checks it itself, whoever calls it. The roster manages the employee data of participants: accounts holding a
 * staff role (organiser, coordinator, administrator) are changed only by an administrator, and their e-mail never
 * through the roster. New employees get an account waiting for activation and a one-time activation link
 * ({@link ActivationLinksIssued}), valid {@link #ACTIVATION_VALIDITY}. Every e-mail change is audited; when the
 * address of an account still waiting for activation changes, its old links stop working and a new one goes to
 * the new address.
 */
@Service
public class EmployeeAccounts {

	public static final Duration ACTIVATION_VALIDITY = Duration.ofDays(14);

	private final EmployeeChecks checks;

	private final EmployeeRows rows;

	private final ActivationTokens activations;

	private final AgencyDirectory agencies;

	private final EmployeeAudits audits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EmployeeAccounts(EmployeeChecks checks, EmployeeRows rows, ActivationTokens activations, AgencyDirectory agencies,
			EmployeeAudits audits, ApplicationEventPublisher events, Clock clock) {
		this.checks = checks;
		this.rows = rows;
		this.activations = activations;
		this.agencies = agencies;
		this.audits = audits;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Everything wrong with these rows, without saving anything: invalid fields, a NIP or e-mail that appears
	 * twice, a NIP of an account outside the coordinator's agency, an e-mail another account uses, a unit outside
	 * the agency, an account of staff (see the class comment). Blank fields are taken as an import does
	 * ({@link BlankFields#KEEP}). Rows without problems can be passed to {@link #upsert}.
	 */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public List<EmployeeProblem> check(List<EmployeeData> employees) {
		return check(employees, BlankFields.KEEP);
	}

	/** {@link #check(List)} for rows whose blank fields do what {@code blanks} says. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public List<EmployeeProblem> check(List<EmployeeData> employees, BlankFields blanks) {
		return this.checks.validate(employees, scope(), null, today(), blanks).problems();
	}

	/**
	 * Creates the employees that have no account and updates those of the coordinator's agency, all or nothing.
	 * Fails with the first bad row's problems (an {@link OutsideScopeException} for a NIP of another agency,
	 * else {@link InvalidFields}) before anything is written.
	 */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional
	public List<EmployeeSaved> upsert(List<EmployeeData> employees, BlankFields blanks) {
		Scope scope = scope();
		Validation validation = this.checks.validate(employees, scope, null, today(), blanks);
		refuse(validation.problems());
		Instant now = this.clock.instant();
		List<NewRow> creates = new ArrayList<>();
		List<Stored> updates = new ArrayList<>();
		Set<Long> changed = new HashSet<>();
		for (int i = 0; i < employees.size(); i++) {
			Row row = validation.rows().get(i);
			Stored existing = validation.byNip().get(row.nip());
			if (existing == null) {
				creates.add(new NewRow(row.nip(), row.nip(), row.name(), row.rankGrade(), row.position(),
						row.agencyId() != null ? row.agencyId() : scope.agencyId(), row.email(), row.phone()));
			}
			else {
				Stored merged = merged(existing, row, blanks);
				if (!merged.equals(existing)) {
					updates.add(merged);
					changed.add(existing.id());
				}
			}
		}
		Map<String, Long> created = create(creates, now);
		this.rows.update(updates, now);
		emailChanged(validation.byNip().values(), updates, now);
		List<EmployeeSaved> saved = new ArrayList<>(employees.size());
		for (int i = 0; i < employees.size(); i++) {
			String nip = validation.rows().get(i).nip();
			Long newId = created.get(nip);
			long id = newId != null ? newId : validation.byNip().get(nip).id();
			saved.add(new EmployeeSaved(i, id, newId != null, newId != null || changed.contains(id)));
		}
		return saved;
	}

	/** The employee, who must be in the coordinator's agency. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public Employee employee(long accountId) {
		return employee(load(accountId, scope()));
	}

	/** The employee with this NIP if there is one; an {@link OutsideScopeException} when it is someone else's. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public Optional<Employee> findByNip(String nip) {
		String value;
		try {
			value = Nip.parse(nip, today()).value();
		}
		catch (Nip.InvalidNip ex) {
			throw InvalidFields.of("nip", ex);
		}
		Scope scope = scope();
		Stored stored = this.rows.byNips(List.of(value)).get(value);
		if (stored == null) {
			return Optional.empty();
		}
		if (!scope.contains(stored)) {
			throw new OutsideScopeException("employee.error.nipOutside", value);
		}
		return Optional.of(employee(stored));
	}

	/** Replaces the data of one employee of the coordinator's agency, NIP included; blank fields are cleared. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional
	public Employee update(long accountId, EmployeeData data) {
		Scope scope = scope();
		Stored current = load(accountId, scope);
		Validation validation = this.checks.validate(List.of(data), scope, current, today(), BlankFields.CLEAR);
		refuse(validation.problems());
		Stored updated = merged(current, validation.rows().getFirst(), BlankFields.CLEAR);
		Instant now = this.clock.instant();
		try {
			this.rows.update(List.of(updated), now);
		}
		catch (DuplicateKeyException ex) {
			throw new UserFacingException("employee.error.concurrentChange");
		}
		emailChanged(List.of(current), List.of(updated), now);
		return employee(updated);
	}

	/** Switches an employee's account off (no more sign-in) or on again. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional
	public void setActive(long accountId, boolean active) {
		Scope scope = scope();
		Stored stored = load(accountId, scope);
		if (!active && accountId == scope.accountId()) {
			throw new UserFacingException("employee.error.selfDeactivate");
		}
		Set<Role> roles = this.rows.roles(accountId);
		if (roles.contains(Role.ADMIN)) {
			throw new OutsideScopeException("employee.error.administrator");
		}
		if (!scope.administrator() && roles.stream().anyMatch(Role::isStaff)) {
			throw new OutsideScopeException("employee.error.staffAccount", stored.nip());
		}
		AccountStatus status = !active ? AccountStatus.DISABLED
				: stored.hasPassword() ? AccountStatus.ACTIVE : AccountStatus.PENDING_ACTIVATION;
		this.rows.setStatus(accountId, status, this.clock.instant());
		this.audits.statusChanged(stored, status);
	}

	private Map<String, Long> create(List<NewRow> creates, Instant now) {
		if (creates.isEmpty()) {
			return Map.of();
		}
		List<NewRow> named = withFreeUsernames(creates);
		Map<String, Long> ids;
		try {
			ids = this.rows.insert(named, now);
		}
		catch (DuplicateKeyException ex) {
			throw new UserFacingException("employee.error.concurrentChange");
		}
		this.audits.created(named, ids);
		List<Addressee> addressees = new ArrayList<>(named.size());
		for (NewRow row : named) {
			long id = ids.get(row.nip());
			addressees.add(new Addressee(id, row.fullName(), row.email(), Locale.forLanguageTag("id")));
			this.events.publishEvent(new AccountCreated(id, row.username(), row.email(), row.agencyId(),
					AccountStatus.PENDING_ACTIVATION));
		}
		issueLinks(addressees, now);
		return ids;
	}

	/** Gives each account a new one-time activation token and sends its link (the outbox, in this transaction). */
	private void issueLinks(List<Addressee> addressees, Instant now) {
		if (addressees.isEmpty()) {
			return;
		}
		Instant expiresAt = now.plus(ACTIVATION_VALIDITY);
		List<ActivationTokens.NewToken> tokens = new ArrayList<>(addressees.size());
		List<ActivationLink> links = new ArrayList<>(addressees.size());
		for (Addressee addressee : addressees) {
			String token = OpaqueTokens.generate("");
			tokens.add(new ActivationTokens.NewToken(addressee.accountId(), OpaqueTokens.sha256(token)));
			links.add(new ActivationLink(addressee.accountId(), addressee.fullName(), addressee.email(),
					addressee.language(), token, expiresAt));
		}
		this.activations.insert(tokens, now, expiresAt);
		this.events.publishEvent(new ActivationLinksIssued(links));
	}

	/**
	 * Audits these updates (fields before and after); an account still waiting for activation whose e-mail
	 * changed loses its open links, and gets a new one at its new address when it has one.
	 */
	private void emailChanged(Collection<Stored> before, List<Stored> updates, Instant now) {
		if (updates.isEmpty()) {
			return;
		}
		Map<Long, Stored> previous = new HashMap<>();
		before.forEach(stored -> previous.put(stored.id(), stored));
		List<Long> pending = new ArrayList<>();
		List<Addressee> addressees = new ArrayList<>();
		for (Stored updated : updates) {
			Stored old = previous.get(updated.id());
			if (old == null || Objects.equals(old.email(), updated.email())) {
				continue;
			}
			if (old.status() == AccountStatus.PENDING_ACTIVATION && !old.hasPassword()) {
				pending.add(updated.id());
				if (updated.email() != null) {
					addressees.add(new Addressee(updated.id(), updated.fullName(), updated.email(),
							Locale.forLanguageTag(updated.language())));
				}
			}
		}
		this.audits.changed(before, updates);
		this.activations.expireOpen(pending, now);
		issueLinks(addressees, now);
	}

	/** Where an activation link goes. */
	private record Addressee(long accountId, String fullName, @Nullable String email, Locale language) {
	}

	/** New accounts sign in with their NIP as user name; the rare clash gets a numbered suffix. */
	private List<NewRow> withFreeUsernames(List<NewRow> creates) {
		Set<String> taken = this.rows.takenUsernames(creates.stream().map(NewRow::username).toList());
		if (taken.isEmpty()) {
			return creates;
		}
		List<NewRow> named = new ArrayList<>(creates.size());
		for (NewRow row : creates) {
			if (!taken.contains(row.username())) {
				named.add(row);
				continue;
			}
			int suffix = 2;
			while (!this.rows.takenUsernames(List.of(row.nip() + "-" + suffix)).isEmpty()) {
				suffix++;
			}
			named.add(new NewRow(row.nip() + "-" + suffix, row.nip(), row.fullName(), row.rankGrade(),
					row.position(), row.agencyId(), row.email(), row.phone()));
		}
		return named;
	}

	private static void refuse(List<EmployeeProblem> problems) {
		if (problems.isEmpty()) {
			return;
		}
		int index = problems.getFirst().index();
		List<EmployeeProblem> first = problems.stream().filter(problem -> problem.index() == index).toList();
		first.stream()
			.map(EmployeeProblem::reason)
			.filter(OutsideScopeException.class::isInstance)
			.findFirst()
			.ifPresent(outside -> {
				throw (OutsideScopeException) outside;
			});
		throw new InvalidFields(
				first.stream().map(problem -> InvalidFields.FieldProblem.of(problem.field(), problem.reason())).toList());
	}

	private static Stored merged(Stored existing, Row row, BlankFields blanks) {
		boolean keep = blanks == BlankFields.KEEP;
		return new Stored(existing.id(), existing.username(), row.nip(), row.name(),
				keep && row.rankGrade() == null ? existing.rankGrade() : row.rankGrade(),
				keep && row.position() == null ? existing.position() : row.position(),
				row.agencyId() != null ? row.agencyId() : existing.agencyId(),
				keep && row.email() == null ? existing.email() : row.email(),
				keep && row.phone() == null ? existing.phone() : row.phone(), existing.status(),
				existing.hasPassword(), existing.language());
	}

	private Stored load(long accountId, Scope scope) {
		return this.rows.byId(accountId)
			.filter(scope::contains)
			.orElseThrow(() -> new OutsideScopeException("employee.error.notInRoster"));
	}

	private Scope scope() {
		PelitaUser user = CurrentUser.requireRole(Role.AGENCY_COORDINATOR);
		if (user.agencyId() == null) {
			throw new AccessDeniedException("A coordinator without an agency has no roster");
		}
		return new Scope(user.accountId(), user.agencyId(), this.agencies.subtreeOf(user.agencyId()),
				user.hasRole(Role.ADMIN));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), IndonesianTime.DEFAULT_ZONE);
	}

	private static Employee employee(Stored stored) {
		return new Employee(stored.id(), stored.nip(), stored.fullName(), stored.rankGrade(), stored.position(),
				stored.agencyId(), stored.email(), stored.phone(), stored.status());
	}

}
