package id.pelita.catalog;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the catalogue, under {@code pelita.catalog}.
 *
 * @param certificateTemplates the folder with one sub-folder per certificate template (default
 * {@code certificates-templates}, relative to the working directory); when it is missing, courses can only use
 * {@code defaultCertificateTemplate}
 * @param defaultCertificateTemplate the template new courses start with (default {@code sttp-standar})
 */
@ConfigurationProperties("pelita.catalog")
public record CatalogSettings(Path certificateTemplates, String defaultCertificateTemplate) {

	public CatalogSettings {
		certificateTemplates = certificateTemplates != null ? certificateTemplates : Path.of("certificates-templates");
		defaultCertificateTemplate = defaultCertificateTemplate != null && !defaultCertificateTemplate.isBlank()
				? defaultCertificateTemplate : "sttp-standar";
	}

}
