package id.pelita.certificate.internal.template;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A template that loaded and passed every check: its layout and the raw bytes of its background and fonts. PDF
 * objects belong to one document, so every render makes its own from these bytes.
 *
 * @param backgroundPdf whether the background is a PDF page (else an image, or none)
 */
public record CertificateTemplate(String folder, TemplateLayout layout, byte @Nullable [] background,
		boolean backgroundPdf, Map<String, byte[]> fonts) {

	public boolean landscape() {
		return this.layout.page().width() > this.layout.page().height();
	}

}
