package id.pelita.certificate.internal.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Cuts a template's font down once, when the template loads, to the characters certificates in Indonesia use:
 * Basic Latin, Latin-1 and Latin Extended-A (the diacritics of names: é, ü, ā, ş, ł), the common modifier letters
 * and combining marks, dashes, quotes, the ellipsis, the euro, numero and trade marks, and whatever the layout's
 * own texts contain. DejaVu Sans is 760 KB with 6,000 glyphs; parsing it and embedding it for every certificate
 * cost most of a render, and the time grows with the glyphs. Each render still embeds only the glyphs it uses (a
 * subset of this subset); a text with a character outside these ranges is drawn with the whole font instead.
 */
final class FontSubsets {

	private static final int[][] RANGES = { { 0x0020, 0x017F }, { 0x02BB, 0x02BC }, { 0x02C6, 0x02DD },
			{ 0x0300, 0x030F }, { 0x0323, 0x0328 }, { 0x2010, 0x2027 }, { 0x2030, 0x203A }, { 0x20AC, 0x20AC },
			{ 0x2116, 0x2116 }, { 0x2122, 0x2122 }, { 0x2212, 0x2212 } };

	/**
	 * The tables kept: outlines, metrics, hinting, character map and names. Not GSUB: PDFBox would run its
	 * substitutions over every line shown, and certificates need no ligatures.
	 */
	private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
			"fpgm", "gasp", "OS/2", "name", "post", "cmap");

	private FontSubsets() {
	}

	/** The font's bytes cut down to the ranges and {@code alsoUsed}; the font as it was if it cannot be cut. */
	static byte[] subset(byte[] font, String alsoUsed) {
		Set<Integer> codePoints = new HashSet<>();
		for (int[] range : RANGES) {
			for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) {
				codePoints.add(codePoint);
			}
		}
		alsoUsed.codePoints().forEach(codePoints::add);
		try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
			TTFSubsetter subsetter = new TTFSubsetter(parsed, TABLES);
			subsetter.addAll(codePoints);
			ByteArrayOutputStream out = new ByteArrayOutputStream(font.length / 4);
			subsetter.writeToStream(out);
			byte[] subset = out.toByteArray();
			// it must load again as a font, else the whole font is used
			new TTFParser().parse(new RandomAccessReadBuffer(subset)).close();
			return subset.length < font.length ? subset : font;
		}
		catch (IOException | RuntimeException ex) {
			return font;
		}
	}

}
