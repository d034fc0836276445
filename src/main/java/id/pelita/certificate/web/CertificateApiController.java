package id.pelita.certificate.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import id.pelita.certificate.CertificateAdministration;
import id.pelita.certificate.CertificatePdf;
import id.pelita.certificate.CertificateVerification;
import id.pelita.certificate.FileVerification;
import id.pelita.certificate.HolderCertificates;
import id.pelita.certificate.PublicCertificate;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.i18n.Translations;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Certificates over HTTP: public verification by code and by file (rate-limited per address), the PDF for those
 * who may have it (holder's session, organisers, the holder's agency by session or Bearer token), and a run's ZIP.
 */
@RestController
class CertificateApiController {

	private final CertificateVerification verification;

	private final HolderCertificates holders;

	private final CertificateAdministration administration;

	private final VerificationRateLimit rateLimit;

	private final Translations translations;

	CertificateApiController(CertificateVerification verification, HolderCertificates holders,
			CertificateAdministration administration, VerificationRateLimit rateLimit, Translations translations) {
		this.verification = verification;
		this.holders = holders;
		this.administration = administration;
		this.rateLimit = rateLimit;
		this.translations = translations;
	}

	@GetMapping("/api/v1/certificates/{code}")
	ResponseEntity<?> byCode(@PathVariable String code, HttpServletRequest request) {
		this.rateLimit.check(request.getRemoteAddr());
		return this.verification.byCode(code)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> problem(HttpStatus.NOT_FOUND, "certificate.verify.status.NOT_FOUND.detail", request));
	}

	@PostMapping(path = "/api/v1/certificates/verify-file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> verifyFile(@RequestParam("file") MultipartFile file, HttpServletRequest request)
			throws IOException {
		this.rateLimit.check(request.getRemoteAddr());
		if (file.getSize() > this.verification.maxUploadBytes()) {
			throw new UserFacingException("certificate.verify.error.tooLarge",
					this.verification.maxUploadBytes() / (1024 * 1024));
		}
		try (InputStream in = file.getInputStream()) {
			FileVerification result = this.verification.verifyFile(in);
			PublicCertificate certificate = result.certificate();
			return ResponseEntity.ok(new FileAnswer(result.issued(), result.signature(),
					result.signature() == FileVerification.SignatureState.INTACT,
					certificate == null ? null : certificate.status().name(), certificate));
		}
	}

	@GetMapping("/api/v1/certificates/{code}/pdf")
	ResponseEntity<?> pdf(@PathVariable String code, HttpServletRequest request) {
		CertificatePdf pdf = this.holders.pdf(code).orElse(null);
		if (pdf == null) {
			return problem(HttpStatus.NOT_FOUND, "certificate.verify.status.NOT_FOUND.detail", request);
		}
		// A resource, not a StreamingResponseBody: that is only streamed when the declared type says so, and this
		// method also answers problems (a 500 "no converter" otherwise). The converter closes the stream.
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(pdf.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
			.body(new InputStreamResource(pdf.content()));
	}

	/** The run's valid certificates as one ZIP, streamed: organisers all, coordinators their agency's. */
	@GetMapping("/api/v1/runs/{runId}/certificates.zip")
	ResponseEntity<StreamingResponseBody> zip(@PathVariable long runId) {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication();
		StreamingResponseBody body = out -> {
			var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
			context.setAuthentication(authentication);
			org.springframework.security.core.context.SecurityContextHolder.setContext(context);
			try {
				this.administration.writeZip(runId, out);
			}
			finally {
				org.springframework.security.core.context.SecurityContextHolder.clearContext();
			}
		};
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(CertificateAdministration.zipName(runId))
						.build()
						.toString())
			.body(body);
	}

	@ExceptionHandler(UserFacingException.class)
	ResponseEntity<Map<String, Object>> userFacing(UserFacingException ex, HttpServletRequest request) {
		HttpStatus status = ex.messageKey().equals("certificate.verify.error.rateLimited") ? HttpStatus.TOO_MANY_REQUESTS
				: ex.messageKey().equals("certificate.pdf.preparing") ? HttpStatus.CONFLICT
				: ex.messageKey().equals("certificate.verify.error.tooLarge") ? HttpStatus.PAYLOAD_TOO_LARGE
						: HttpStatus.UNPROCESSABLE_ENTITY;
		return problem(status, ex.messageKey(), request, ex.arguments());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Map<String, Object>> denied(HttpServletRequest request) {
		return problem(HttpStatus.FORBIDDEN, "certificate.api.forbidden", request);
	}

	private ResponseEntity<Map<String, Object>> problem(HttpStatus status, String key, HttpServletRequest request,
			Object... arguments) {
		String detail = this.translations.translate(key, request.getLocale(), arguments);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Map.of("type", "about:blank", "title", status.getReasonPhrase(), "status", status.value(), "detail",
					detail, "instance", request.getRequestURI()));
	}

	record FileAnswer(boolean issued, FileVerification.SignatureState signature, boolean signatureIntact,
			String status, PublicCertificate certificate) {
	}

}
