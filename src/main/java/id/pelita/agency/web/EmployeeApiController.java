package id.pelita.agency.web;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import id.pelita.agency.EmployeeInput;
import id.pelita.agency.RosterEmployee;
import id.pelita.agency.RosterChanges;
import id.pelita.agency.RosterService;
import id.pelita.agency.RosterSync;
import id.pelita.agency.SyncedEmployee;
import id.pelita.identity.AccountStatus;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.web.InvalidFields;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The roster over the REST API: an HR system keeps the agency's employees up to date, one NIP at a time, and reads
 * them back, one by NIP or all changed since a moment, page by page.
 */
@RestController
@RequestMapping(path = "/api/v1/employees", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Employees", description = "The roster of the token's agency and its units")
class EmployeeApiController {

	private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private final RosterService roster;

	private final RosterSync sync;

	EmployeeApiController(RosterService roster, RosterSync sync) {
		this.roster = roster;
		this.sync = sync;
	}

	@GetMapping("/{nip}")
	@Operation(summary = "Read one roster employee",
			description = "The employee with this NIP in the token's agency or its units, with when their data "
					+ "last changed. An employee of another agency is not found, exactly like an unknown NIP.")
	@ApiResponse(responseCode = "200", description = "The employee")
	@ApiResponse(responseCode = "400", description = "The NIP is malformed; errors: [{field, message}]",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "Missing, unknown or revoked token",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No employee of the token's agency has this NIP",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	EmployeeJson get(@Parameter(description = "18-digit NIP (or NI PPPK), spaces allowed",
			example = "198503122010011003") @PathVariable String nip) {
		return this.sync.employee(nip)
			.map(EmployeeJson::of)
			.orElseThrow(() -> new UserFacingException("employees.api.error.notFound", nip.replace(" ", "")));
	}

	@GetMapping
	@Operation(summary = "Employees changed since a moment, page by page",
			description = "For synchronisation: the employees of the token's agency and its units whose data "
					+ "changed at or after updatedSince (every employee without it), in a stable order (by account, "
					+ "so a change during paging moves nobody and new employees come last). Read page 0, 1, ... "
					+ "while hasNext is true (or follow next); then keep nextUpdatedSince of the first page and "
					+ "send it as updatedSince next time. An employee may come twice; none is skipped. Switched-off "
					+ "accounts are included with status DISABLED.")
	@ApiResponse(responseCode = "200", description = "One page")
	@ApiResponse(responseCode = "400", description = "updatedSince is no ISO-8601 instant, page < 0 or size "
			+ "outside 1.." + RosterSync.MAX_PAGE_SIZE + "; errors: [{field, message}]",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "Missing, unknown or revoked token",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	EmployeePageJson list(
			@Parameter(description = "ISO-8601 instant; only employees changed at or after it",
					example = "2026-12-01T00:00:00Z") @RequestParam(required = false) @Nullable String updatedSince,
			@Parameter(description = "Page number, from 0", example = "0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Employees per page, 1 to " + RosterSync.MAX_PAGE_SIZE, example = "100")
			@RequestParam(defaultValue = "100") int size) {
		Instant since = null;
		if (updatedSince != null && !updatedSince.isBlank()) {
			try {
				since = Instant.parse(updatedSince.strip());
			}
			catch (DateTimeParseException ex) {
				throw InvalidFields.of("updatedSince", "employees.api.error.updatedSince", updatedSince);
			}
		}
		RosterChanges changes = this.sync.changedSince(since, page, size);
		String next = !changes.hasNext() ? null
				: UriComponentsBuilder.fromPath("/api/v1/employees")
					.queryParamIfPresent("updatedSince", Optional.ofNullable(since))
					.queryParam("page", page + 1)
					.queryParam("size", size)
					.build()
					.toUriString();
		return new EmployeePageJson(changes.employees().stream().map(EmployeeJson::of).toList(), page, size,
				changes.total(), changes.totalPages(), changes.hasNext(), next, changes.nextUpdatedSince());
	}

	@PutMapping(path = "/{nip}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create or replace a roster employee",
			description = "Creates the employee with this NIP in the token's agency (an account waiting for "
					+ "activation, with an activation link in the outbox) or replaces the data of one already in "
					+ "the agency or its units. Empty optional fields are cleared; without unitCode a new employee "
					+ "belongs to the token's agency and an existing one keeps their unit.")
	@ApiResponse(responseCode = "200", description = "The employee existed and was updated")
	@ApiResponse(responseCode = "201", description = "The employee was created")
	@ApiResponse(responseCode = "400", description = "Invalid NIP or fields; errors: [{field, message}]",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "Missing, unknown or revoked token",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "The NIP belongs to an employee of another agency",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<EmployeeJson> put(
			@Parameter(description = "18-digit NIP (or NI PPPK), spaces allowed",
					example = "198503122010011003") @PathVariable String nip,
			@RequestBody EmployeeBody body) {
		RosterService.Upserted result = this.roster.upsert(nip, new EmployeeInput(nip, body.name(),
				body.rankGrade(), body.position(), body.unitCode(), body.email(), body.phone()));
		EmployeeJson json = this.sync.employee(result.employee().nip()).map(EmployeeJson::of).orElseThrow();
		if (result.created()) {
			return ResponseEntity.created(URI.create("/api/v1/employees/" + json.nip())).body(json);
		}
		return ResponseEntity.ok(json);
	}

	/** What an HR system sends for one employee. */
	@Schema(name = "EmployeeRequest")
	record EmployeeBody(@Schema(description = "Full name with titles", example = "Dewi Lestari, S.Kom.",
			requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String name,
			@Schema(description = "Rank and grade (pangkat/golongan)",
					example = "Penata Muda Tingkat I (III/b)") @Nullable String rankGrade,
			@Schema(description = "Position (jabatan)", example = "Pranata Komputer Ahli Pertama") @Nullable String position,
			@Schema(description = "Code of the unit within the token's agency", example = "36.04.02") @Nullable String unitCode,
			@Schema(example = "dewi.lestari@example.go.id") @Nullable String email,
			@Schema(example = "081234567803") @Nullable String phone) {
	}

	/** An employee as the API returns them. */
	@Schema(name = "Employee")
	record EmployeeJson(@Schema(example = "198503122010011003") String nip, String name, @Nullable String rankGrade,
			@Nullable String position, String unitCode, String unitName, @Nullable String email,
			@Nullable String phone, AccountStatus status,
			@Schema(description = "When the employee's data last changed") Instant updatedAt) {

		static EmployeeJson of(SyncedEmployee synced) {
			RosterEmployee employee = synced.employee();
			return new EmployeeJson(employee.nip(), employee.fullName(), employee.rankGrade(), employee.position(),
					employee.unitCode(), employee.unitName(), employee.email(), employee.phone(), employee.status(),
					synced.updatedAt());
		}

	}

	/** A page of employees for synchronisation. */
	@Schema(name = "EmployeePage")
	record EmployeePageJson(List<EmployeeJson> employees, int page, int size, long totalElements, int totalPages,
			boolean hasNext, @Schema(description = "The address of the next page, when there is one",
					example = "/api/v1/employees?updatedSince=2026-12-01T00:00:00Z&page=1&size=100") @Nullable String next,
			@Schema(description = "Send this as updatedSince in the next synchronisation (take it from page 0)")
			Instant nextUpdatedSince) {
	}

}
