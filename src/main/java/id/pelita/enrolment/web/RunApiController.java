package id.pelita.enrolment.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.enrolment.AgencyEnrolments;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.enrolment.NominationOutcome;
import id.pelita.enrolment.NominationResult;
import id.pelita.shared.UserFacingException;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs and nominations over the REST API: an agency HR system lists the runs open for registration and nominates
 * its employees by NIP, then reads the result per NIP again when it likes.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Runs and nominations", description = "Monthly runs (Angkatan) and cohort nominations of the token's agency")
class RunApiController {

	private final RunService runs;

	private final ParticipantEnrolments seats;

	private final AgencyEnrolments nominations;

	RunApiController(RunService runs, ParticipantEnrolments seats, AgencyEnrolments nominations) {
		this.runs = runs;
		this.seats = seats;
		this.nominations = nominations;
	}

	@GetMapping("/runs")
	@Operation(summary = "Runs taking registrations now",
			description = "Published runs whose registration window is open at this moment, with their seats left.")
	@ApiResponse(responseCode = "200", description = "The runs, soonest registration deadline first")
	@ApiResponse(responseCode = "400", description = "Unknown status",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	List<RunJson> runs(@Parameter(description = "Only `open` is supported", example = "open") @RequestParam(
			defaultValue = "open") String status) {
		if (!"open".equalsIgnoreCase(status)) {
			throw new UserFacingException("api.error.runStatus", status);
		}
		List<RunDetails> open = this.runs.openForRegistration();
		Map<Long, Integer> seatsLeft = this.seats.seatsLeft(open);
		return open.stream().map(run -> RunJson.of(run, seatsLeft.getOrDefault(run.id(), run.seats()))).toList();
	}

	@PostMapping(path = "/runs/{runId}/nominations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Nominate employees to a run",
			description = "Nominates the employees with these NIPs (of the token's agency and its units) and "
					+ "answers with the result per NIP: CONFIRMED, WAITLISTED, PENDING_APPROVAL or REFUSED with a "
					+ "reason code and message. The result can be read again at the Location given.")
	@ApiResponse(responseCode = "201", description = "The nomination was recorded; results per NIP")
	@ApiResponse(responseCode = "400", description = "No NIPs, or the run does not take nominations",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such run",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<NominationJson> nominate(@PathVariable long runId, @RequestBody NominationRequest request) {
		if (request.nips() == null || request.nips().isEmpty()) {
			throw new UserFacingException("api.error.nipsRequired");
		}
		NominationResult result = this.nominations.nominate(runId, request.nips());
		return ResponseEntity.created(URI.create("/api/v1/nominations/" + result.nominationId()))
			.body(NominationJson.of(result));
	}

	@GetMapping("/nominations/{nominationId}")
	@Operation(summary = "A nomination's result", description = "The result per NIP as it was decided.")
	@ApiResponse(responseCode = "200", description = "The nomination")
	@ApiResponse(responseCode = "404", description = "No such nomination of the token's agency",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	NominationJson nomination(@PathVariable long nominationId) {
		return NominationJson.of(this.nominations.nominationResult(nominationId));
	}

	/** A run as the API lists it. */
	@Schema(name = "Run")
	record RunJson(long id, String courseTitle, String name, @Schema(example = "2027-03") String month, int jp,
			LocalDate startsOn, LocalDate endsOn, Instant registrationClosesAt, String enrolmentMode, int seats,
			int seatsLeft) {

		static RunJson of(RunDetails run, int seatsLeft) {
			return new RunJson(run.id(), run.courseTitle(), run.name(), run.month().toString(), run.jp().hours(),
					run.startsOn(), run.endsOn(), run.registrationClosesAt(), run.enrolmentMode().name(), run.seats(),
					seatsLeft);
		}

	}

	/** The NIPs to nominate, spaces allowed. */
	@Schema(name = "NominationRequest")
	record NominationRequest(@Schema(example = "[\"198503122010011003\", \"19780415 200501 2 004\"]") @Nullable List<String> nips) {
	}

	/** A nomination and its results. */
	@Schema(name = "Nomination")
	record NominationJson(long nominationId, long runId, String courseTitle, String runName, Instant nominatedAt,
			List<ResultJson> results) {

		static NominationJson of(NominationResult result) {
			return new NominationJson(result.nominationId(), result.runId(), result.courseTitle(), result.runName(),
					result.nominatedAt(), result.outcomes().stream().map(ResultJson::of).toList());
		}

	}

	/** The result for one NIP of the request. */
	@Schema(name = "NominationResult")
	record ResultJson(String nip, @Schema(example = "REFUSED") String status,
			@Schema(example = "ALREADY_ENROLLED") @Nullable String reasonCode, @Nullable String message,
			@Nullable Integer waitlistPosition) {

		static ResultJson of(NominationOutcome outcome) {
			return new ResultJson(outcome.nip() != null ? outcome.nip() : outcome.input(), outcome.status().name(),
					outcome.reason() == null ? null : outcome.reason().name(), outcome.message(),
					outcome.waitlistPosition());
		}

	}

}
