package id.pelita.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import id.pelita.catalog.CatalogSettings;

import org.springframework.stereotype.Component;

/**
 * The certificate templates a course may name: the sub-folders of {@code pelita.catalog.certificate-templates}
 * ({@code certificates-templates/} at the repository root). Without that folder only the default template exists.
 */
@Component
public class CertificateTemplates {

	private final Path folder;

	private final String defaultTemplate;

	CertificateTemplates(CatalogSettings settings) {
		this.folder = settings.certificateTemplates();
		this.defaultTemplate = settings.defaultCertificateTemplate();
	}

	/** The template names in alphabetical order, read afresh so a template added on disk shows at once. */
	public List<String> names() {
		if (!Files.isDirectory(this.folder)) {
			return List.of(this.defaultTemplate);
		}
		try (Stream<Path> entries = Files.list(this.folder)) {
			List<String> names = entries.filter(Files::isDirectory)
				.map(path -> path.getFileName().toString())
				.filter(name -> !name.startsWith("."))
				.sorted()
				.toList();
			return names.isEmpty() ? List.of(this.defaultTemplate) : names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String defaultTemplate() {
		List<String> names = names();
		return names.contains(this.defaultTemplate) ? this.defaultTemplate : names.getFirst();
	}

}
