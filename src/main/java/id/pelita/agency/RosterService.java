package id.pelita.agency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pelita.agency.internal.Agency;
import id.pelita.agency.internal.AgencyRepository;
import id.pelita.identity.BlankFields;
import id.pelita.identity.Employee;
import id.pelita.identity.EmployeeAccounts;
import id.pelita.identity.EmployeeData;
import id.pelita.identity.EmployeeProblem;
import id.pelita.identity.EmployeeSaved;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.shared.web.InvalidFields;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency coordinator's roster: the employees of their agency and of every unit below it, nobody else.
 * Listing and search, adding and editing one employee, switching one off, and the API's upsert by NIP. Every
 * method checks the scope itself; the employee accounts behind it are kept by identity's
 * {@link EmployeeAccounts}, which checks it again.
 */
@Service
public class RosterService {

	private final AgencyService agencyService;

	private final AgencyRepository agencies;

	private final PersonDirectory people;

	private final EmployeeAccounts employees;

	RosterService(AgencyService agencyService, AgencyRepository agencies, PersonDirectory people,
			EmployeeAccounts employees) {
		this.agencyService = agencyService;
		this.agencies = agencies;
		this.people = people;
		this.employees = employees;
	}

	/** The coordinator's agency and its units, ordered by code: what the roster filters and forms offer. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public List<AgencySummary> units() {
		return scope().units().values().stream()
			.sorted(Comparator.comparing(Agency::getCode))
			.map(RosterService::summary)
			.toList();
	}

	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public List<RosterEntry> roster(RosterFilter filter) {
		Scope scope = scope();
		if (filter.unitId() != null && !scope.units().containsKey(filter.unitId())) {
			throw new OutsideScopeException("roster.error.unitOutside");
		}
		List<Long> agencyIds = filter.unitId() != null ? List.of(filter.unitId())
				: List.copyOf(scope.units().keySet());
		String text = filter.text() == null || filter.text().isBlank() ? null
				: filter.text().strip().toLowerCase(Locale.ROOT);
		String digits = text == null ? null : text.replace(" ", "");
		List<RosterEntry> entries = new ArrayList<>();
		for (PersonRef person : this.people.inAgencies(agencyIds)) {
			if (filter.rankGrade() != null && !filter.rankGrade().equals(person.rankGrade())) {
				continue;
			}
			if (text != null && !person.fullName().toLowerCase(Locale.ROOT).contains(text)
					&& (person.nip() == null || digits.isEmpty() || !person.nip().contains(digits))) {
				continue;
			}
			Agency unit = scope.units().get(person.agencyId());
			entries.add(new RosterEntry(person.accountId(), person.nip(), person.fullName(), person.rankGrade(),
					person.position(), unit.getId(), unit.getCode(), unit.getName(), person.email(), person.status()));
		}
		return entries;
	}

	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public RosterEmployee employee(long accountId) {
		return details(this.employees.employee(accountId), scope());
	}

	/** Adds an employee who is not in the roster yet; a new account waits for activation. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional
	public RosterEmployee add(EmployeeInput input) {
		Scope scope = scope();
		EmployeeData data = data(input.nip(), input, scope);
		this.employees.findByNip(input.nip()).ifPresent(existing -> {
			throw InvalidFields.of("nip", "roster.error.alreadyInRoster", existing.nip(), existing.fullName());
		});
		EmployeeSaved saved = this.employees.upsert(List.of(data), BlankFields.CLEAR).getFirst();
		return details(this.employees.employee(saved.accountId()), scope);
	}

	/** Replaces one employee's data, NIP included. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional
	public RosterEmployee update(long accountId, EmployeeInput input) {
		Scope scope = scope();
		Employee updated = this.employees.update(accountId, data(input.nip(), input, scope));
		return details(updated, scope);
	}

	/**
	 * Creates or replaces the employee with this NIP (the REST API's {@code PUT /api/v1/employees/{nip}}). Blank
	 * optional fields are cleared, except the e-mail: a null e-mail leaves the stored address as it is (an HR
	 * system that does not know it must not cut a person off their password resets), an empty one removes it. An
	 * {@link OutsideScopeException} when the NIP belongs to someone outside the agency or to a staff account;
	 * {@link InvalidFields} naming every bad field otherwise.
	 */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional
	public Upserted upsert(String nip, EmployeeInput input) {
		Scope scope = scope();
		EmployeeInput complete = input.email() != null ? input : withStoredEmail(nip, input);
		EmployeeSaved saved = this.employees.upsert(List.of(data(nip, complete, scope)), BlankFields.CLEAR)
			.getFirst();
		return new Upserted(details(this.employees.employee(saved.accountId()), scope), saved.created());
	}

	/** The input with the e-mail the employee with this NIP has now; unchanged when there is none to read. */
	private EmployeeInput withStoredEmail(String nip, EmployeeInput input) {
		Optional<Employee> stored;
		try {
			stored = this.employees.findByNip(nip);
		}
		catch (UserFacingException ex) {
			return input; // a bad NIP or someone else's: data() reports it with every other problem
		}
		return stored.map(employee -> new EmployeeInput(input.nip(), input.fullName(), input.rankGrade(),
				input.position(), input.unitCode(), employee.email(), input.phone())).orElse(input);
	}

	/** Switches an employee's account off (they can no longer sign in) or on again. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional
	public void setActive(long accountId, boolean active) {
		scope();
		this.employees.setActive(accountId, active);
	}

	/** An employee after an upsert, and whether they were new. */
	public record Upserted(RosterEmployee employee, boolean created) {
	}

	/**
	 * The identity data of one input, checked as a whole: every bad field is reported at once, and a NIP of
	 * another agency wins over the rest (it is a refusal, not a typing error).
	 */
	private EmployeeData data(String nip, EmployeeInput input, Scope scope) {
		List<InvalidFields.FieldProblem> problems = new ArrayList<>();
		Long unitId = null;
		try {
			unitId = scope.unitId(input.unitCode(), this.agencies);
		}
		catch (UserFacingException ex) {
			problems.add(InvalidFields.FieldProblem.of("unitCode", ex));
		}
		EmployeeData data = new EmployeeData(nip, input.fullName(), input.rankGrade(), input.position(), unitId,
				input.email(), input.phone());
		List<EmployeeProblem> found = this.employees.check(List.of(data), BlankFields.CLEAR);
		found.stream()
			.map(EmployeeProblem::reason)
			.filter(OutsideScopeException.class::isInstance)
			.filter(reason -> !reason.messageKey().equals("employee.error.unitOutside"))
			.findFirst()
			.ifPresent(outside -> {
				throw (OutsideScopeException) outside;
			});
		found.forEach(problem -> problems.add(InvalidFields.FieldProblem.of(problem.field(), problem.reason())));
		if (!problems.isEmpty()) {
			throw new InvalidFields(problems);
		}
		return data;
	}

	static RosterEmployee details(Employee employee, Scope scope) {
		Agency unit = scope.units().get(employee.agencyId());
		if (unit == null) {
			throw new OutsideScopeException("employee.error.notInRoster");
		}
		return new RosterEmployee(employee.accountId(), employee.nip(), employee.fullName(), employee.rankGrade(),
				employee.position(), unit.getCode(), unit.getName(), employee.email(), employee.phone(),
				employee.status());
	}

	Scope scope() {
		PelitaUser user = CurrentUser.requireRole(Role.AGENCY_COORDINATOR);
		if (user.agencyId() == null) {
			throw new AccessDeniedException("A coordinator without an agency has no roster");
		}
		Map<Long, Agency> units = this.agencies.findAllById(this.agencyService.subtreeOf(user.agencyId()))
			.stream()
			.collect(Collectors.toMap(Agency::getId, Function.identity()));
		return new Scope(user.agencyId(), units);
	}

	private static AgencySummary summary(Agency agency) {
		return new AgencySummary(agency.getId(), agency.getCode(), agency.getName(), agency.getKind(),
				agency.getParentId(), agency.isActive());
	}

	/** The coordinator's agency and the units they may reach, by id. */
	record Scope(long agencyId, Map<Long, Agency> units) {

		/** The unit with this code, null for none; refuses a code that is unknown or outside the agency. */
		@Nullable Long unitId(@Nullable String code, AgencyRepository agencies) {
			if (code == null || code.isBlank()) {
				return null;
			}
			String wanted = code.strip();
			for (Agency unit : this.units.values()) {
				if (unit.getCode().equalsIgnoreCase(wanted)) {
					return unit.getId();
				}
			}
			if (agencies.existsByCode(wanted)) {
				throw new UserFacingException("roster.error.unitOutside", wanted);
			}
			throw new UserFacingException("roster.error.unitUnknown", wanted);
		}

		Map<String, Agency> byCode() {
			return this.units.values().stream().collect(Collectors.toMap(
					unit -> unit.getCode().toLowerCase(Locale.ROOT), Function.identity()));
		}

	}

}
