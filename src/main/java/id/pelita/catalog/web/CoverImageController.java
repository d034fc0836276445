package id.pelita.catalog.web;

import java.nio.file.Path;
import java.time.Duration;

import id.pelita.catalog.internal.CoverImageStore;
import id.pelita.catalog.internal.CoverImageStore.ImageType;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves course cover images to anyone (the landing page is public) under {@code /images/covers/<sha256>.<ext>}.
 * A cover's name is its content's hash, so browsers may keep it for a year.
 */
@RestController
class CoverImageController {

	private final CoverImageStore covers;

	CoverImageController(CoverImageStore covers) {
		this.covers = covers;
	}

	@GetMapping("/images/covers/{fileName}")
	ResponseEntity<Resource> cover(@PathVariable String fileName) {
		return this.covers.find(fileName)
			.flatMap(path -> ImageType.ofStoredName(fileName).map(type -> ok(path, type)))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private static ResponseEntity<Resource> ok(Path path, ImageType type) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type.mimeType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(path));
	}

}
