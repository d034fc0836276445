package id.pelita.certificate.internal.template;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A template that loaded and passed every check: its layout (parsed once), the raw bytes of its background and
 * fonts with the fonts' widths. PDF objects belong to one document, so every render makes its own from these bytes.
 *
 * @param backgroundPdf whether the background is a PDF page (else an image, or none)
 * @param fonts the TrueType fonts by key, cut down and whole, with their advance widths for measuring text
 */
public record CertificateTemplate(String folder, TemplateLayout layout, byte @Nullable [] background,
		boolean backgroundPdf, Map<String, TemplateFont> fonts) {

	public boolean landscape() {
		return this.layout.page().width() > this.layout.page().height();
	}

}
