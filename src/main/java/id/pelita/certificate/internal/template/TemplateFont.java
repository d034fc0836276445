package id.pelita.certificate.internal.template;

/**
 * One font of a template as raw bytes with its widths, twice: cut down to the characters certificates use
 * ({@link FontSubsets}: fast to embed) and whole, for the rare text with a character outside them.
 */
public record TemplateFont(byte[] subset, FontWidths subsetWidths, byte[] whole, FontWidths wholeWidths) {

	/** Whether the cut-down font has every character of the text. */
	boolean subsetCovers(String text) {
		return text.codePoints().allMatch(this.subsetWidths::has);
	}

}
