package id.pelita.agency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import id.pelita.shared.SpreadsheetFormat;
import id.pelita.agency.RosterService.Scope;
import id.pelita.agency.internal.Agency;
import id.pelita.agency.internal.AgencyRepository;
import id.pelita.agency.internal.RosterFile;
import id.pelita.agency.internal.RosterTemplates;
import id.pelita.identity.BlankFields;
import id.pelita.identity.EmployeeAccounts;
import id.pelita.identity.EmployeeData;
import id.pelita.identity.EmployeeProblem;
import id.pelita.identity.EmployeeSaved;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.web.InvalidFields;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of a roster file (CSV or XLSX) in two steps: {@link #preview} validates every row and saves
 * nothing; {@link #importGoodRows} checks the good rows again and saves them all in one transaction, or nothing.
 * Blank optional cells leave an existing employee's values as they are. New employees get an account waiting for
 * activation, with an activation link in the outbox.
 */
@Service
public class RosterImportService {

	/** Base name of the roster template files. */
	public static final String TEMPLATE_NAME = "template-pegawai";

	/** The most employee rows one file may have. */
	public static final int MAX_ROWS = 20_000;

	/** The largest file accepted, in bytes. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private final RosterService roster;

	private final AgencyRepository agencies;

	private final EmployeeAccounts employees;

	private final AuditLog audit;

	RosterImportService(RosterService roster, AgencyRepository agencies, EmployeeAccounts employees, AuditLog audit) {
		this.roster = roster;
		this.audit = audit;
		this.agencies = agencies;
		this.employees = employees;
	}

	/** Reads and validates the file; every bad row comes back with all its reasons. Nothing is saved. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public ImportPreview preview(String fileName, byte[] content) {
		if (content.length > MAX_BYTES) {
			throw new UserFacingException("roster.import.error.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		Scope scope = this.roster.scope();
		List<Candidate> candidates = RosterFile.read(fileName, content, MAX_ROWS)
			.stream()
			.map(row -> new Candidate(row.line(), row.nipStoredAsNumber(), new EmployeeInput(row.nip(), row.name(),
					row.rankGrade(), row.position(), row.unit(), row.email(), row.phone())))
			.toList();
		if (candidates.isEmpty()) {
			throw new UserFacingException("roster.import.error.noRows");
		}
		return check(fileName, candidates, scope, true).preview();
	}

	/**
	 * Saves the good rows of a preview, all in one transaction. They are checked again first: when something
	 * changed since the preview (another coordinator took a NIP, a unit was moved), nothing is saved.
	 */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional
	public ImportResult importGoodRows(ImportPreview preview) {
		Scope scope = this.roster.scope();
		if (preview.goodRows().isEmpty()) {
			throw new UserFacingException("roster.import.error.nothingToImport");
		}
		List<Candidate> candidates = preview.goodRows()
			.stream()
			.map(row -> new Candidate(row.line(), false, row.employee()))
			.toList();
		Checked checked = check(preview.fileName(), candidates, scope, false);
		if (!checked.preview().problems().isEmpty()) {
			throw new UserFacingException("roster.import.error.changed", checked.preview().problems().size());
		}
		List<EmployeeSaved> saved;
		try {
			saved = this.employees.upsert(checked.data(), BlankFields.KEEP);
		}
		catch (InvalidFields | OutsideScopeException ex) {
			int changed = this.employees.check(checked.data()).stream()
				.map(EmployeeProblem::index)
				.collect(Collectors.toSet())
				.size();
			throw new UserFacingException("roster.import.error.changed", changed);
		}
		int created = (int) saved.stream().filter(EmployeeSaved::created).count();
		int changed = (int) saved.stream().filter(EmployeeSaved::changed).count();
		ImportResult result = new ImportResult(created, changed - created, saved.size() - changed);
		this.audit.record(AuditEntry.of(AuditAction.ROSTER_IMPORTED, AuditObject.ROSTER, preview.fileName())
			.about(null, scope.agencyId())
			.facts(Map.of("file", preview.fileName(), "rows", saved.size(), "created", result.created(), "updated",
					result.updated(), "unchanged", result.unchanged())));
		return result;
	}

	/** An empty roster file; the XLSX one lists the coordinator's unit codes on a second sheet. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public byte[] template(SpreadsheetFormat format) {
		if (format == SpreadsheetFormat.CSV) {
			return RosterTemplates.csv();
		}
		List<String[]> units = this.roster.scope().units().values().stream()
			.sorted(Comparator.comparing(Agency::getCode))
			.map(unit -> new String[] { unit.getCode(), unit.getName() })
			.toList();
		return RosterTemplates.xlsx(units);
	}

	/**
	 * Checks the rows: units and repetitions in the file here, everything about the people themselves by
	 * identity (skipped with {@code withAccounts} false, when {@link EmployeeAccounts#upsert} checks it anyway).
	 */
	private Checked check(String fileName, List<Candidate> candidates, Scope scope, boolean withAccounts) {
		Map<String, Agency> byCode = scope.byCode();
		Map<String, Boolean> knownElsewhere = new HashMap<>();
		List<List<ImportPreview.Reason>> reasons = new ArrayList<>(candidates.size());
		List<Long> unitIds = new ArrayList<>(candidates.size());
		Map<String, List<Integer>> byNip = new LinkedHashMap<>();
		Map<String, List<Integer>> byEmail = new LinkedHashMap<>();
		for (int i = 0; i < candidates.size(); i++) {
			Candidate candidate = candidates.get(i);
			List<ImportPreview.Reason> found = new ArrayList<>(1);
			reasons.add(found);
			if (candidate.nipStoredAsNumber()) {
				found.add(reason("nip", "roster.import.error.nipAsNumber"));
			}
			unitIds.add(unit(candidate.employee().unitCode(), byCode, knownElsewhere, found));
			String nip = nipKey(candidate.employee().nip());
			if (!nip.isEmpty()) {
				byNip.computeIfAbsent(nip, key -> new ArrayList<>(1)).add(i);
			}
			String email = candidate.employee().email();
			if (email != null && !email.isBlank()) {
				byEmail.computeIfAbsent(email.strip().toLowerCase(Locale.ROOT), key -> new ArrayList<>(1)).add(i);
			}
		}
		repeated(byNip, candidates, reasons, "nip", "roster.import.error.nipRepeated");
		repeated(byEmail, candidates, reasons, "email", "roster.import.error.emailRepeated");
		List<Integer> checkedIndexes = new ArrayList<>(candidates.size());
		List<EmployeeData> data = new ArrayList<>(candidates.size());
		for (int i = 0; i < candidates.size(); i++) {
			boolean repeatedRow = reasons.get(i).stream()
				.anyMatch(reason -> reason.message().messageKey().endsWith("Repeated"));
			if (!repeatedRow && !candidates.get(i).nipStoredAsNumber()) {
				EmployeeInput input = candidates.get(i).employee();
				checkedIndexes.add(i);
				data.add(new EmployeeData(input.nip(), input.fullName(), input.rankGrade(), input.position(),
						unitIds.get(i), input.email(), input.phone()));
			}
		}
		for (EmployeeProblem problem : withAccounts ? this.employees.check(data) : List.<EmployeeProblem>of()) {
			reasons.get(checkedIndexes.get(problem.index()))
				.add(new ImportPreview.Reason(problem.field(), problem.reason()));
		}
		List<ImportPreview.Row> good = new ArrayList<>();
		List<ImportPreview.Problem> problems = new ArrayList<>();
		List<EmployeeData> goodData = new ArrayList<>();
		for (int i = 0, next = 0; i < candidates.size(); i++) {
			Candidate candidate = candidates.get(i);
			boolean checkedRow = next < checkedIndexes.size() && checkedIndexes.get(next) == i;
			if (reasons.get(i).isEmpty()) {
				good.add(new ImportPreview.Row(candidate.line(), candidate.employee()));
				goodData.add(data.get(next));
			}
			else {
				problems.add(new ImportPreview.Problem(candidate.line(), candidate.employee().nip(),
						candidate.employee().fullName(), List.copyOf(reasons.get(i))));
			}
			if (checkedRow) {
				next++;
			}
		}
		return new Checked(new ImportPreview(fileName, good, problems), goodData);
	}

	private @Nullable Long unit(@Nullable String code, Map<String, Agency> byCode, Map<String, Boolean> knownElsewhere,
			List<ImportPreview.Reason> reasons) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String wanted = code.strip();
		Agency unit = byCode.get(wanted.toLowerCase(Locale.ROOT));
		if (unit != null) {
			return unit.getId();
		}
		boolean elsewhere = knownElsewhere.computeIfAbsent(wanted, this.agencies::existsByCode);
		reasons.add(reason("unitCode", elsewhere ? "roster.error.unitOutside" : "roster.error.unitUnknown", wanted));
		return null;
	}

	private static void repeated(Map<String, List<Integer>> groups, List<Candidate> candidates,
			List<List<ImportPreview.Reason>> reasons, String field, String messageKey) {
		for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
			if (group.getValue().size() < 2) {
				continue;
			}
			String lines = group.getValue().stream()
				.limit(10)
				.map(index -> String.valueOf(candidates.get(index).line()))
				.collect(Collectors.joining(", "));
			for (int index : group.getValue()) {
				reasons.get(index).add(reason(field, messageKey, group.getKey(), lines));
			}
		}
	}

	private static String nipKey(@Nullable String nip) {
		return nip == null ? "" : nip.replaceAll("[\\s\u00a0.'-]", "");
	}

	private static ImportPreview.Reason reason(String field, String messageKey, Object... arguments) {
		return new ImportPreview.Reason(field, new UserFacingException(messageKey, arguments));
	}

	private record Candidate(int line, boolean nipStoredAsNumber, EmployeeInput employee) {
	}

	private record Checked(ImportPreview preview, List<EmployeeData> data) {
	}

}
