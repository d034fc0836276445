package id.pelita.certificate.internal.template;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A font's advance widths by character, in thousandths of the font size and rounded as PDFBox writes them into
 * the embedded font: read once when the template loads, so measuring text for shrink-to-fit and wrapping (a dozen
 * sizes tried for a long name) needs no PDF font at all. Plain data, shared by every render.
 */
final class FontWidths {

	private final Map<Integer, Integer> widths;

	private FontWidths(Map<Integer, Integer> widths) {
		this.widths = widths;
	}

	static FontWidths of(byte[] font) throws IOException {
		Map<Integer, Integer> widths = new HashMap<>();
		try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
			CmapLookup cmap = parsed.getUnicodeCmapLookup();
			float scale = 1000f / parsed.getUnitsPerEm();
			for (int codePoint = 0x20; codePoint <= 0xFFFF; codePoint++) {
				int glyph = cmap.getGlyphId(codePoint);
				if (glyph > 0) {
					widths.put(codePoint, Math.round(parsed.getAdvanceWidth(glyph) * scale));
				}
			}
		}
		return new FontWidths(Map.copyOf(widths));
	}

	/** Whether the font has a glyph for the character. */
	boolean has(int codePoint) {
		return this.widths.containsKey(codePoint);
	}

	/** The width of the text at this size, in points; characters the font lacks count as nothing. */
	double width(String text, double size) {
		long total = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			total += this.widths.getOrDefault(codePoint, 0);
			i += Character.charCount(codePoint);
		}
		return total / 1000.0 * size;
	}

}
