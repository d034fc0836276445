package id.pelita.reporting.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.pelita.reporting.EvidenceFile;
import id.pelita.reporting.ExternalEntry;
import id.pelita.reporting.ExternalEvidence;
import id.pelita.reporting.ExternalEntryInput;
import id.pelita.reporting.ExternalTrainingType;
import id.pelita.reporting.ExternalTrainings;
import id.pelita.reporting.JpStatement;
import id.pelita.reporting.JpStatements;
import id.pelita.shared.web.InvalidFields.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * An employee's JP over the REST API: an HR system reads the year's total with the entries that make it up, and
 * records training outside the platform. Only the token's agency and its units are reached; an employee of another
 * agency is not found, exactly like an unknown NIP (as {@code GET /api/v1/employees/{nip}} answers).
 */
@RestController
@RequestMapping(path = "/api/v1/employees/{nip}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "JP", description = "Lesson hours (JP) of the token's employees against the yearly target of 20")
class JpApiController {

	private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private final JpStatements statements;

	private final ExternalTrainings trainings;

	private final ExternalEvidence evidence;

	JpApiController(JpStatements statements, ExternalTrainings trainings, ExternalEvidence evidence) {
		this.statements = statements;
		this.trainings = trainings;
		this.evidence = evidence;
	}

	@GetMapping("/jp")
	@Operation(summary = "An employee's JP of a year",
			description = "The JP counted in the year (certificates whose course ended in it, trainings outside "
					+ "Pelita whose last day lies in it) and the entries that make it up; their JP adds up to the "
					+ "total. Entries still waiting for approval, rejected or voided are left out.")
	@ApiResponse(responseCode = "200", description = "The year")
	@ApiResponse(responseCode = "400", description = "The NIP is malformed or the year outside "
			+ JpStatements.FIRST_YEAR + ".." + JpStatements.LAST_YEAR + "; errors: [{field, message}]",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "Missing, unknown or revoked token",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No employee of the token's agency has this NIP",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	JpYearJson year(@Parameter(description = "18-digit NIP (or NI PPPK), spaces allowed",
			example = "198503122010011003") @PathVariable String nip,
			@Parameter(description = "The year, e.g. 2026", example = "2026") @RequestParam int year) {
		return JpYearJson.of(this.statements.ofNip(nip, year));
	}

	@GetMapping(path = "/jp-entries/{entryId}/evidence", produces = { MediaType.APPLICATION_PDF_VALUE,
			MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE, "image/webp", PROBLEM })
	@Operation(summary = "The evidence file of a training outside Pelita",
			description = "The PDF or image uploaded with a counted entry of the year (its evidenceUrl).")
	@ApiResponse(responseCode = "200", description = "The file, as an attachment")
	@ApiResponse(responseCode = "401", description = "Missing, unknown or revoked token",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No employee of the token's agency has this NIP, or the entry "
			+ "is not theirs, does not count or has no evidence",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<InputStreamResource> evidence(@PathVariable String nip, @PathVariable long entryId) {
		EvidenceFile file = this.evidence.openForNip(nip, entryId);
		// a resource: the converter streams it and closes the stream
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.type().mimeType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new InputStreamResource(file.content()));
	}

	@PostMapping(path = "/jp-entries", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record a training outside Pelita",
			description = "Records a training at another institution, on-the-job learning, induction, e-learning "
					+ "elsewhere, a seminar or workshop for the employee; it counts at once in the year of its last "
					+ "day, as an entry the coordinator makes on the page, and is audited. Every bad field is "
					+ "reported at once, in the language of Accept-Language.")
	@ApiResponse(responseCode = "201", description = "Recorded; Location is the employee's JP of that year")
	@ApiResponse(responseCode = "400", description = "Invalid fields; errors: [{field, message}]",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "Missing, unknown or revoked token",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No employee of the token's agency has this NIP",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<EntryJson> record(@Parameter(description = "18-digit NIP (or NI PPPK), spaces allowed",
			example = "198503122010011003") @PathVariable String nip, @RequestBody EntryBody body) {
		List<FieldProblem> unreadable = new ArrayList<>();
		ExternalEntry entry = this.trainings.recordForNip(nip, body.input(unreadable), unreadable);
		String location = "/api/v1/employees/" + nip.replace(" ", "") + "/jp?year=" + entry.year();
		return ResponseEntity.created(URI.create(location)).body(EntryJson.of(entry, nip.replace(" ", "")));
	}

	/** What an HR system sends for a training outside Pelita. */
	@Schema(name = "JpEntryRequest")
	record EntryBody(@Schema(example = "Pelatihan Kepemimpinan Pengawas", requiredMode = Schema.RequiredMode.REQUIRED,
			maxLength = 300) @Nullable String title,
			@Schema(example = "BPSDM Provinsi Jawa Barat", requiredMode = Schema.RequiredMode.REQUIRED,
					maxLength = 200) @Nullable String organiser,
			@Schema(description = "First day, YYYY-MM-DD", example = "2026-03-02",
					requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String startDate,
			@Schema(description = "Last day, YYYY-MM-DD; the JP counts in its year", example = "2026-03-04",
					requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String endDate,
			@Schema(description = "More than 0, at most 200, two decimals", example = "24",
					requiredMode = Schema.RequiredMode.REQUIRED) @Nullable BigDecimal jp,
			@Schema(description = "Form of competency development", example = "OTHER_INSTITUTION",
					allowableValues = { "OTHER_INSTITUTION", "ON_THE_JOB", "INDUCTION", "E_LEARNING",
							"SEMINAR_WORKSHOP", "OTHER" }, requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String type) {

		/** The input; dates and forms that cannot be read are left out and added to {@code problems}. */
		ExternalEntryInput input(List<FieldProblem> problems) {
			LocalDate start = date("startDate", this.startDate, problems);
			LocalDate end = date("endDate", this.endDate, problems);
			ExternalTrainingType form = null;
			if (this.type != null && !this.type.isBlank()) {
				form = Arrays.stream(ExternalTrainingType.values())
					.filter(value -> value.name().equalsIgnoreCase(this.type.strip()))
					.findFirst()
					.orElse(null);
				if (form == null) {
					problems.add(new FieldProblem("type", "jp.api.error.type", List.of(this.type,
							Stream.of(ExternalTrainingType.values()).map(Enum::name).collect(Collectors.joining(", ")))));
				}
			}
			return new ExternalEntryInput(this.title, this.organiser, start, end, this.jp, form);
		}

		private static @Nullable LocalDate date(String field, @Nullable String value, List<FieldProblem> problems) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return LocalDate.parse(value.strip());
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem(field, "jp.api.error.date", List.of(field, value)));
				return null;
			}
		}

	}

	/** An employee's year as the API returns it. */
	@Schema(name = "JpYear")
	record JpYearJson(@Schema(example = "198503122010011003") @Nullable String nip, String name, int year,
			@Schema(description = "JP counted in the year", example = "27.5") BigDecimal totalJp,
			@Schema(example = "20") int targetJp, @Schema(description = "totalJp >= targetJp") boolean reached,
			List<EntryJson> entries) {

		static JpYearJson of(JpStatement statement) {
			List<EntryJson> entries = new ArrayList<>();
			statement.certificates()
				.stream()
				.filter(certificate -> certificate.status() == id.pelita.certificate.CertificateStatus.VALID)
				.forEach(certificate -> entries.add(new EntryJson("CERTIFICATE", certificate.courseTitle(), null,
						certificate.startsOn(), certificate.endsOn(), certificate.jp(), null, certificate.number(),
						certificate.verificationUrl(), null)));
			statement.external()
				.stream()
				.filter(entry -> entry.status() == ExternalEntry.Status.COUNTED)
				.forEach(entry -> entries.add(EntryJson.of(entry, statement.nip())));
			entries.sort(java.util.Comparator.comparing(EntryJson::endDate));
			return new JpYearJson(statement.nip(), statement.fullName(), statement.year(), statement.total(),
					statement.target(), statement.reached(), entries);
		}

	}

	/** One entry of the year. */
	@Schema(name = "JpEntry")
	record EntryJson(@Schema(description = "CERTIFICATE (a Pelita course) or EXTERNAL (outside Pelita)",
			example = "CERTIFICATE") String source, String title,
			@Schema(description = "Organiser of an external training") @Nullable String organiser,
			LocalDate startDate, LocalDate endDate, BigDecimal jp,
			@Schema(description = "Form of development of an external training") @Nullable ExternalTrainingType type,
			@Schema(description = "The certificate's number", example = "001/BPSDM/2026") @Nullable String certificateNumber,
			@Schema(description = "Public verification page of the certificate") @Nullable String verificationUrl,
			@Schema(description = "The evidence file of an external training, where one was uploaded (same token)",
					example = "/api/v1/employees/198503122010011003/jp-entries/42/evidence") @Nullable String evidenceUrl) {

		static EntryJson of(ExternalEntry entry, @Nullable String nip) {
			return new EntryJson("EXTERNAL", entry.title(), entry.organiser(), entry.startDate(), entry.endDate(),
					entry.jp(), entry.type(), null, null, entry.hasEvidence() && nip != null
							? "/api/v1/employees/" + nip + "/jp-entries/" + entry.id() + "/evidence" : null);
		}

	}

}
