package id.pelita.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.reporting.internal.ExternalEntryFile;
import id.pelita.reporting.internal.ExternalEntryTemplates;
import id.pelita.shared.Nip;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.web.InvalidFields;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk upload of trainings outside the platform (CSV or XLSX), in the two steps of the roster import:
 * {@link #preview} checks every row and saves nothing; {@link #importGoodRows} checks the good rows again and
 * records them all in one transaction, or none. Each recorded row counts at once, as a coordinator's entry does, and
 * is audited as {@code IMPORT}. Only employees of the coordinator's agency and its units can be named.
 */
@Service
public class ExternalEntryImport {

	/** Base name of the template files. */
	public static final String TEMPLATE_NAME = "template-jp-eksternal";

	/** The most rows one file may have. */
	public static final int MAX_ROWS = 5_000;

	/** The largest file accepted, in bytes. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private final JpScope scope;

	private final PersonDirectory people;

	private final ExternalCredits credits;

	private final Translations translations;

	ExternalEntryImport(JpScope scope, PersonDirectory people, ExternalCredits credits, Translations translations) {
		this.scope = scope;
		this.people = people;
		this.credits = credits;
		this.translations = translations;
	}

	/** Reads and checks the file; every bad row comes back with all its reasons. Nothing is saved. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public ExternalImportPreview preview(String fileName, byte[] content) {
		if (content.length > MAX_BYTES) {
			throw new UserFacingException("jp.import.error.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		List<ExternalEntryFile.Row> rows = ExternalEntryFile.read(content, MAX_ROWS);
		if (rows.isEmpty()) {
			throw new UserFacingException("jp.import.error.noRows");
		}
		Set<Long> agencies = this.scope.agencies(CurrentUser.require());
		Map<String, PersonRef> byNip = people(rows.stream().map(ExternalEntryFile.Row::nip).toList());
		Map<String, List<Integer>> repeated = new HashMap<>();
		List<ExternalImportPreview.Row> good = new ArrayList<>();
		List<ExternalImportPreview.Problem> problems = new ArrayList<>();
		for (ExternalEntryFile.Row row : rows) {
			List<UserFacingException> reasons = new ArrayList<>();
			PersonRef person = person(row.nip(), byNip, agencies, reasons);
			ExternalEntryInput input = input(row, reasons);
			if (person != null && reasons.isEmpty()) {
				repeated.computeIfAbsent(key(person, input), key -> new ArrayList<>()).add(row.line());
				good.add(new ExternalImportPreview.Row(row.line(), person.accountId(),
						Objects.requireNonNull(person.nip()), person.fullName(), input));
			}
			else {
				problems.add(new ExternalImportPreview.Problem(row.line(), row.nip(),
						person != null ? person.fullName() : row.name().isBlank() ? null : row.name(), reasons));
			}
		}
		return repeatedRowsOut(fileName, good, problems, repeated);
	}

	/**
	 * Records the good rows of a preview, all in one transaction. They are checked again first: when something
	 * changed since the preview (an employee moved to another agency), nothing is saved.
	 */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional
	public int importGoodRows(ExternalImportPreview preview) {
		PelitaUser actor = CurrentUser.require();
		if (preview.goodRows().isEmpty()) {
			throw new UserFacingException("jp.import.error.nothingToImport");
		}
		Set<Long> agencies = this.scope.agencies(actor);
		Map<Long, PersonRef> now = this.people.findAll(preview.goodRows().stream()
				.map(ExternalImportPreview.Row::accountId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(PersonRef::accountId, person -> person));
		long changed = preview.goodRows().stream().filter(row -> {
			PersonRef person = now.get(row.accountId());
			return person == null || person.agencyId() == null || !agencies.contains(person.agencyId())
					|| !ExternalEntryRules.problems(row.input()).isEmpty();
		}).count();
		if (changed > 0) {
			throw new UserFacingException("jp.import.error.changed", changed);
		}
		for (ExternalImportPreview.Row row : preview.goodRows()) {
			this.credits.recordChecked(actor, row.accountId(), ExternalEntryRules.check(row.input()), null, "IMPORT");
		}
		return preview.goodRows().size();
	}

	/** An empty file to fill in; the XLSX one lists the forms of development on a second sheet. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	public byte[] template(SpreadsheetFormat format) {
		PelitaUser user = CurrentUser.require();
		if (format == SpreadsheetFormat.CSV) {
			return ExternalEntryTemplates.csv(user.locale());
		}
		List<String[]> types = java.util.Arrays.stream(ExternalTrainingType.values())
			.map(type -> new String[] { type.name(), this.translations.translate(type.labelKey(), user.locale()) })
			.toList();
		return ExternalEntryTemplates.xlsx(user.locale(), types);
	}

	private Map<String, PersonRef> people(List<String> nips) {
		Set<String> valid = nips.stream().filter(Nip::isValid).map(nip -> Nip.parse(nip).value())
			.collect(Collectors.toSet());
		return this.people.findByNips(valid).stream()
			.filter(person -> person.nip() != null)
			.collect(Collectors.toMap(PersonRef::nip, person -> person, (first, second) -> first));
	}

	/** The employee a row names, if it is one of the coordinator's; else a reason. */
	private static @Nullable PersonRef person(String nip, Map<String, PersonRef> byNip, Set<Long> agencies,
			List<UserFacingException> reasons) {
		String value;
		try {
			value = Nip.parse(nip).value();
		}
		catch (UserFacingException ex) {
			reasons.add(ex);
			return null;
		}
		PersonRef person = byNip.get(value);
		if (person == null || person.agencyId() == null || !agencies.contains(person.agencyId())) {
			reasons.add(new UserFacingException("jp.import.error.notInAgency", value));
			return null;
		}
		return person;
	}

	private ExternalEntryInput input(ExternalEntryFile.Row row, List<UserFacingException> reasons) {
		int before = reasons.size();
		var start = ExternalImportCells.date(row.startDate(), ExternalEntryFile.Column.START.header(), reasons);
		var end = ExternalImportCells.date(row.endDate(), ExternalEntryFile.Column.END.header(), reasons);
		var jp = ExternalImportCells.jp(row.jp(), reasons);
		var type = ExternalImportCells.type(row.type(), this.translations, reasons);
		ExternalEntryInput input = new ExternalEntryInput(row.title(), row.organiser(), start.orElse(null),
				end.orElse(null), jp.orElse(null), type.orElse(null));
		boolean cellsRead = reasons.size() == before;
		for (InvalidFields.FieldProblem problem : ExternalEntryRules.problems(input)) {
			boolean unread = problem.field().endsWith("Date") || problem.field().equals("jp")
					|| problem.field().equals("type");
			if (cellsRead || !unread) {
				reasons.add(new UserFacingException(problem.messageKey(), problem.arguments().toArray()));
			}
		}
		return input;
	}

	private static String key(PersonRef person, ExternalEntryInput input) {
		return person.accountId() + "|" + Objects.toString(input.title(), "").strip().toLowerCase(java.util.Locale.ROOT)
				+ "|" + input.startDate() + "|" + input.endDate();
	}

	/** Rows naming the same employee, title and dates twice are refused, each naming the others' lines. */
	private static ExternalImportPreview repeatedRowsOut(String fileName, List<ExternalImportPreview.Row> good,
			List<ExternalImportPreview.Problem> problems, Map<String, List<Integer>> repeated) {
		Map<Integer, String> lines = new HashMap<>();
		repeated.values().stream().filter(group -> group.size() > 1).forEach(group -> {
			String all = group.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "));
			group.forEach(line -> lines.put(line, all));
		});
		if (lines.isEmpty()) {
			return new ExternalImportPreview(fileName, good, problems);
		}
		List<ExternalImportPreview.Row> kept = new ArrayList<>();
		List<ExternalImportPreview.Problem> all = new ArrayList<>(problems);
		for (ExternalImportPreview.Row row : good) {
			if (lines.containsKey(row.line())) {
				all.add(new ExternalImportPreview.Problem(row.line(), row.nip(), row.fullName(),
						List.of(new UserFacingException("jp.import.error.repeated", lines.get(row.line())))));
			}
			else {
				kept.add(row);
			}
		}
		all.sort(java.util.Comparator.comparingInt(ExternalImportPreview.Problem::line));
		return new ExternalImportPreview(fileName, kept, all);
	}

}
