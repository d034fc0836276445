package id.pelita.reporting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.pelita.reporting.AgencyDashboard;
import id.pelita.reporting.EmployeeJp;
import id.pelita.reporting.EmployeeJpPage;
import id.pelita.shared.security.CurrentUser;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The agency's 20 JP compliance for its HR system: every employee of the token's agency and its units with the
 * year's JP and whether they reached 20, page by page with the total, the same numbers as the dashboard.
 */
@RestController
@RequestMapping(path = "/api/v1/agencies/me/compliance", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Compliance", description = "The 20 JP a year of the token's agency and its units")
class AgencyComplianceApiController {

	private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private final AgencyDashboard dashboard;

	AgencyComplianceApiController(AgencyDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping
	@Operation(summary = "Every employee's JP of a year, page by page",
			description = "The employees of the token's agency and its units (where they work now, with all JP of "
					+ "the year), ordered by NIP: the year's JP from certificates and recorded external training, "
					+ "and whether it reached the annual target of 20 JP. Read page 0, 1, ... while hasNext is true "
					+ "(or follow next).")
	@ApiResponse(responseCode = "200", description = "One page")
	@ApiResponse(responseCode = "400", description = "year outside 2000..2100, page < 0 or size outside 1.."
			+ AgencyDashboard.MAX_PAGE_SIZE + "; errors: [{field, message}]",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "Missing, unknown or revoked token",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	CompliancePageJson list(
			@Parameter(description = "The year (default: this year in WIB)", example = "2026")
			@RequestParam(required = false) @Nullable Integer year,
			@Parameter(description = "Page number, from 0", example = "0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Employees per page, 1 to " + AgencyDashboard.MAX_PAGE_SIZE, example = "100")
			@RequestParam(defaultValue = "100") int size) {
		int asked = year != null ? year : LocalDate.now(CurrentUser.require().zone()).getYear();
		if (asked < 2000 || asked > 2100) {
			throw InvalidFields.of("year", "agencyDashboard.error.year", asked);
		}
		if (page < 0) {
			throw InvalidFields.of("page", "agencyDashboard.error.page", page);
		}
		if (size < 1 || size > AgencyDashboard.MAX_PAGE_SIZE) {
			throw InvalidFields.of("size", "agencyDashboard.error.size", size, AgencyDashboard.MAX_PAGE_SIZE);
		}
		EmployeeJpPage result = this.dashboard.ownEmployees(asked, page, size);
		String next = !result.hasNext() ? null
				: UriComponentsBuilder.fromPath("/api/v1/agencies/me/compliance")
					.queryParam("year", asked)
					.queryParam("page", page + 1)
					.queryParam("size", size)
					.build()
					.toUriString();
		return new CompliancePageJson(asked, result.employees().stream().map(EmployeeComplianceJson::of).toList(),
				page, size, result.total(), result.totalPages(), result.hasNext(), next);
	}

	/** One employee's year. */
	@Schema(name = "EmployeeCompliance")
	record EmployeeComplianceJson(@Schema(example = "198503122010011003") String nip,
			@Schema(example = "Dewi Lestari, S.Kom.") String name,
			@Schema(description = "The unit the employee works in now", example = "Dinas Kesehatan") String unit,
			@Schema(description = "JP of the year", example = "12.5") BigDecimal jp,
			@Schema(description = "Whether the JP reached the annual target of 20") boolean reached) {

		static EmployeeComplianceJson of(EmployeeJp employee) {
			return new EmployeeComplianceJson(employee.nip(), employee.fullName(), employee.unitName(), employee.jp(),
					employee.reached());
		}

	}

	/** A page of employees with the total. */
	@Schema(name = "CompliancePage")
	record CompliancePageJson(int year, List<EmployeeComplianceJson> employees, int page, int size,
			long totalElements, int totalPages, boolean hasNext,
			@Schema(description = "The address of the next page, when there is one",
					example = "/api/v1/agencies/me/compliance?year=2026&page=1&size=100") @Nullable String next) {
	}

}
