package id.pelita.agency.web;

import java.net.URI;

import id.pelita.agency.EmployeeInput;
import id.pelita.agency.RosterEmployee;
import id.pelita.agency.RosterService;
import id.pelita.identity.AccountStatus;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The roster over the REST API: an HR system keeps the agency's employees up to date, one NIP at a time. */
@RestController
@RequestMapping(path = "/api/v1/employees", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Employees", description = "The roster of the token's agency and its units")
class EmployeeApiController {

	private final RosterService roster;

	EmployeeApiController(RosterService roster) {
		this.roster = roster;
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
		EmployeeJson json = EmployeeJson.of(result.employee());
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
	record EmployeeJson(String nip, String name, @Nullable String rankGrade, @Nullable String position,
			String unitCode, String unitName, @Nullable String email, @Nullable String phone, AccountStatus status) {

		static EmployeeJson of(RosterEmployee employee) {
			return new EmployeeJson(employee.nip(), employee.fullName(), employee.rankGrade(), employee.position(),
					employee.unitCode(), employee.unitName(), employee.email(), employee.phone(), employee.status());
		}

	}

}
