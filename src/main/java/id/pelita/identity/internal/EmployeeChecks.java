package id.pelita.identity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import id.pelita.identity.BlankFields;
import id.pelita.identity.EmployeeData;
import id.pelita.identity.EmployeeProblem;
import id.pelita.identity.internal.EmployeeRows.Stored;
import id.pelita.shared.Nip;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.OutsideScopeException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The rules of a roster row, checked for a whole list at once: valid fields (the NIP with its own reason), no NIP
 * or e-mail twice, no NIP of someone outside the coordinator's agency, no e-mail of another account, no unit
 * outside the agency, no coordinator moving themselves, and no staff account (organiser, coordinator,
 * administrator) changed by anyone but an administrator, whose roster never changes a staff e-mail. Existing
 * accounts are looked up in a few queries.
 */
@Component
public class EmployeeChecks {

	public static final int MAX_NAME = 200;

	public static final int MAX_RANK = 100;

	public static final int MAX_POSITION = 200;

	public static final int MAX_EMAIL = 254;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{5,28}");

	private final EmployeeRows rows;

	EmployeeChecks(EmployeeRows rows) {
		this.rows = rows;
	}

	/**
	 * Checks every row; {@code target} is the account being edited (its own NIP and e-mail are no conflict),
	 * null when rows are matched to accounts by their NIP; {@code blanks} says whether an empty e-mail clears the
	 * stored one.
	 */
	public Validation validate(List<EmployeeData> employees, Scope scope, @Nullable Stored target, LocalDate today,
			BlankFields blanks) {
		List<EmployeeProblem> problems = new ArrayList<>();
		List<Row> normalised = new ArrayList<>(employees.size());
		Map<String, Integer> firstNip = new HashMap<>();
		Map<String, Integer> firstEmail = new HashMap<>();
		Set<Integer> repeated = new HashSet<>();
		for (int i = 0; i < employees.size(); i++) {
			Row row = normalise(i, employees.get(i), today, scope, problems);
			normalised.add(row);
			if (row.nip() != null && firstNip.putIfAbsent(row.nip(), i) != null) {
				repeated.add(i);
				problems.add(problem(i, "nip", "employee.error.nipRepeated", row.nip()));
			}
			if (row.email() != null && firstEmail.putIfAbsent(row.email(), i) != null) {
				problems.add(problem(i, "email", "employee.error.emailRepeated", row.email()));
			}
		}
		Map<String, Stored> byNip = this.rows.byNips(firstNip.keySet());
		Map<String, Stored> byEmail = this.rows.byEmails(firstEmail.keySet());
		Set<Long> existing = new HashSet<>();
		byNip.values().stream().filter(scope::contains).forEach(stored -> existing.add(stored.id()));
		if (target != null) {
			existing.add(target.id());
		}
		Set<Long> staff = this.rows.staff(existing);
		for (int i = 0; i < normalised.size(); i++) {
			Row row = normalised.get(i);
			if (row.nip() == null || repeated.contains(i)) {
				continue;
			}
			Stored owner = byNip.get(row.nip());
			Stored self = target != null ? target : owner;
			if (owner != null && (target == null || owner.id() != target.id())) {
				if (!scope.contains(owner)) {
					problems.add(new EmployeeProblem(i, "nip",
							new OutsideScopeException("employee.error.nipOutside", row.nip())));
				}
				else if (target != null) {
					problems.add(problem(i, "nip", "employee.error.nipTaken", row.nip(), owner.fullName()));
				}
			}
			Stored emailHolder = row.email() == null ? null : byEmail.get(row.email());
			if (emailHolder != null && (self == null || emailHolder.id() != self.id())) {
				problems.add(problem(i, "email", "employee.error.emailTaken", row.email()));
			}
			if (self != null && self.id() == scope.accountId() && row.agencyId() != null
					&& !row.agencyId().equals(self.agencyId())) {
				problems.add(problem(i, "unitCode", "employee.error.ownUnit"));
			}
			if (self != null && staff.contains(self.id())) {
				if (!scope.administrator()) {
					problems.add(new EmployeeProblem(i, "nip",
							new OutsideScopeException("employee.error.staffAccount", self.nip())));
				}
				else if (emailChanges(row, self, blanks)) {
					problems.add(problem(i, "email", "employee.error.staffEmail"));
				}
			}
		}
		problems.sort(Comparator.comparingInt(EmployeeProblem::index));
		return new Validation(normalised, byNip, problems);
	}

	private static boolean emailChanges(Row row, Stored stored, BlankFields blanks) {
		if (row.email() == null) {
			return blanks == BlankFields.CLEAR && stored.email() != null;
		}
		return !row.email().equals(stored.email());
	}

	private Row normalise(int index, EmployeeData data, LocalDate today, Scope scope,
			List<EmployeeProblem> problems) {
		String nip = null;
		try {
			nip = Nip.parse(data.nip(), today).value();
		}
		catch (Nip.InvalidNip ex) {
			problems.add(new EmployeeProblem(index, "nip", ex));
		}
		String name = blankToNull(data.fullName());
		if (name == null) {
			problems.add(problem(index, "name", "employee.error.nameRequired"));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(problem(index, "name", "employee.error.nameTooLong", MAX_NAME));
		}
		String rank = blankToNull(data.rankGrade());
		if (rank != null && rank.length() > MAX_RANK) {
			problems.add(problem(index, "rankGrade", "employee.error.rankTooLong", MAX_RANK));
		}
		String position = blankToNull(data.position());
		if (position != null && position.length() > MAX_POSITION) {
			problems.add(problem(index, "position", "employee.error.positionTooLong", MAX_POSITION));
		}
		String email = blankToNull(data.email());
		if (email != null) {
			email = email.toLowerCase(Locale.ROOT);
			if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
				problems.add(problem(index, "email", "employee.error.emailInvalid", data.email().strip()));
				email = null;
			}
		}
		String phone = blankToNull(data.phone());
		if (phone != null && !PHONE.matcher(phone).matches()) {
			problems.add(problem(index, "phone", "employee.error.phoneInvalid", phone));
		}
		if (data.agencyId() != null && !scope.subtree().contains(data.agencyId())) {
			problems.add(new EmployeeProblem(index, "unitCode",
					new OutsideScopeException("employee.error.unitOutside")));
		}
		return new Row(nip, name, rank, position, data.agencyId(), email, phone);
	}

	private static EmployeeProblem problem(int index, String field, String messageKey, Object... arguments) {
		return new EmployeeProblem(index, field, new UserFacingException(messageKey, arguments));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * Who asks (and whether they are an administrator, who alone may change staff accounts), and the agencies
	 * whose people they may reach.
	 */
	public record Scope(long accountId, long agencyId, Set<Long> subtree, boolean administrator) {

		public boolean contains(Stored account) {
			return account.agencyId() != null && this.subtree.contains(account.agencyId());
		}

	}

	/** A row after normalisation; the NIP is null when it is invalid. */
	public record Row(@Nullable String nip, @Nullable String name, @Nullable String rankGrade,
			@Nullable String position, @Nullable Long agencyId, @Nullable String email, @Nullable String phone) {
	}

	public record Validation(List<Row> rows, Map<String, Stored> byNip, List<EmployeeProblem> problems) {
	}

}
