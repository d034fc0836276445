package id.pelita.learning.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import id.pelita.learning.MaterialFiles;
import id.pelita.learning.MaterialFiles.Served;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.OutsideScopeException;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Module files for the signed-in: {@code GET /materi/<moduleId>/berkas} (a document, a PDF or an MP4) and
 * {@code GET /materi/gambar/<sha256>.<ext>} (lesson images). Sent with their type as recognised from the content
 * and {@code X-Content-Type-Options: nosniff}; PDFs, images and videos inline (the browser's viewer or player),
 * office documents as attachments. Byte ranges are honoured, so videos stream and seek. A reader who may not see the
 * module gets 403, an unknown one 404.
 */
@RestController
class MaterialController {

	private final MaterialFiles files;

	MaterialController(MaterialFiles files) {
		this.files = files;
	}

	@GetMapping("/materi/{moduleId}/berkas")
	ResponseEntity<Resource> file(@PathVariable long moduleId) {
		return send(this.files.file(moduleId), CacheControl.noCache().cachePrivate());
	}

	@GetMapping("/materi/gambar/{name}")
	ResponseEntity<Resource> image(@PathVariable String name) {
		return send(this.files.lessonImage(name), CacheControl.maxAge(Duration.ofDays(30)).cachePrivate().immutable());
	}

	private static ResponseEntity<Resource> send(Served served, CacheControl cache) {
		boolean inline = served.type().inlineSafe();
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(served.fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(served.type().mimeType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.ACCEPT_RANGES, "bytes")
			.cacheControl(cache)
			.body(new FileSystemResource(served.path()));
	}

	@ExceptionHandler({ OutsideScopeException.class, AccessDeniedException.class })
	ResponseEntity<Void> forbidden() {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
	}

	@ExceptionHandler(UserFacingException.class)
	ResponseEntity<Void> refused(UserFacingException refusal) {
		return ResponseEntity.status("learning.error.locked".equals(refusal.messageKey()) ? HttpStatus.FORBIDDEN
				: HttpStatus.NOT_FOUND).build();
	}

}
