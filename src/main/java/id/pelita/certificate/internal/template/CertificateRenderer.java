package id.pelita.certificate.internal.template;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

/**
 * Draws a certificate with PDFBox: the background (a PDF page, or an image stretched over the page), every text
 * field with shrink-to-fit and wrapping, the signature image, and the QR code as vector squares. Fonts are
 * embedded as subsets. Thread-safe: every call makes its own document from the template's bytes.
 */
public final class CertificateRenderer {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

	private static final double SMALLEST = 6;

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern DANGLING = Pattern.compile("\\s*([,·])\\s*(?=[,·]|$)");

	private static final Pattern LEADING = Pattern.compile("^\\s*[,·]\\s*");

	private CertificateRenderer() {
	}

	public static byte[] render(CertificateTemplate template, CertificateContent content) {
		return render(template, content, null);
	}

	/** Renders and, with a {@code signature}, signs the certificate in the same save. */
	public static byte[] render(CertificateTemplate template, CertificateContent content,
			@Nullable SavedSignature signature) {
		try (PDDocument document = background(template)) {
			Fonts fonts = new Fonts(document, template);
			PDPage first = document.getPage(0);
			try (PDPageContentStream stream = new PDPageContentStream(document, first,
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				drawFields(document, stream, fonts, template.layout().fields(), content);
			}
			TemplateLayout.SecondPage second = template.layout().secondPage();
			if (second != null && !content.topics().isEmpty()) {
				PDPage page = new PDPage(first.getMediaBox());
				document.addPage(page);
				try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
					drawFields(document, stream, fonts, second.fields(), content);
					drawTopics(stream, fonts, second.table(), content.topics());
				}
			}
			PDDocumentInformation info = new PDDocumentInformation();
			info.setTitle(content.values().getOrDefault("courseTitle", "") + " - "
					+ content.values().getOrDefault("participantName", ""));
			info.setSubject(content.values().getOrDefault("number", ""));
			info.setProducer("Pelita LMS");
			document.setDocumentInformation(info);
			ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
			try (Closeable signing = signature == null ? null : signature.addTo(document)) {
				// no object streams: compressing the cross-reference costs more time than the few kilobytes it saves
				document.save(out, CompressParameters.NO_COMPRESSION);
			}
			return signature == null ? out.toByteArray() : signature.sign(out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static PDDocument background(CertificateTemplate template) throws IOException {
		TemplateLayout.Page size = template.layout().page();
		if (template.background() != null && template.backgroundPdf()) {
			PDDocument document = Loader.loadPDF(template.background());
			while (document.getNumberOfPages() > 1) {
				document.removePage(document.getNumberOfPages() - 1);
			}
			return document;
		}
		PDDocument document = new PDDocument();
		PDPage page = new PDPage(new PDRectangle((float) size.width(), (float) size.height()));
		document.addPage(page);
		if (template.background() != null) {
			PDImageXObject image = EncodedImages.image(document, template.background(), "background");
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				stream.drawImage(image, 0, 0, (float) size.width(), (float) size.height());
			}
		}
		return document;
	}

	private static void drawFields(PDDocument document, PDPageContentStream stream, Fonts fonts,
			List<TemplateLayout.Field> fields, CertificateContent content) throws IOException {
		for (TemplateLayout.Field field : fields) {
			switch (field.kind()) {
				case "qr" -> QrCodes.draw(stream, content.verificationUrl(), field.x(), field.y(), field.size(),
						colour(field.color(), Color.BLACK));
				case "signature" -> {
					if (content.signatureImage() != null) {
						PDImageXObject image = EncodedImages.image(document, content.signatureImage(), "signature");
						double scale = Math.min(field.width() / image.getWidth(), field.height() / image.getHeight());
						double width = image.getWidth() * scale;
						double height = image.getHeight() * scale;
						stream.drawImage(image, (float) (field.x() + (field.width() - width) / 2),
								(float) (field.y() + (field.height() - height) / 2), (float) width, (float) height);
					}
				}
				default -> drawText(stream, fonts, field, fill(field.text(), content.values()));
			}
		}
	}

	/** Shrinks the text until it fits on at most {@code maxLines} lines of {@code maxWidth}, then draws them. */
	private static void drawText(PDPageContentStream stream, Fonts fonts, TemplateLayout.Field field, String text)
			throws IOException {
		if (text.isBlank()) {
			return;
		}
		Choice choice = fonts.forText(Objects.requireNonNull(field.font()), text);
		PDFont font = choice.font();
		FontWidths widths = choice.widths();
		String safe = encodable(widths, text);
		int maxLines = Math.max(1, field.maxLines());
		double minSize = field.minSize() > 0 ? Math.min(field.minSize(), field.size()) : field.size();
		double size = field.size();
		// first one line, shrinking down to the smallest size the layout allows; then wrapped at that size
		List<String> lines = Layout.wrap(widths, safe, size, field.maxWidth(), 1);
		while (lines == null && size > minSize) {
			size = Math.max(minSize, size - 0.5);
			lines = Layout.wrap(widths, safe, size, field.maxWidth(), 1);
		}
		if (lines == null) {
			lines = Layout.wrap(widths, safe, size, field.maxWidth(), maxLines);
		}
		while (lines == null && size > SMALLEST) {
			size = Math.max(SMALLEST, size - 0.5);
			lines = Layout.wrap(widths, safe, size, field.maxWidth(), Integer.MAX_VALUE);
		}
		if (lines == null) {
			lines = List.of(safe);
		}
		double lineHeight = size * (field.lineHeight() > 0 ? field.lineHeight() : 1.25);
		stream.setNonStrokingColor(colour(field.color(), Color.BLACK));
		double y = field.y();
		for (String line : lines) {
			double width = widths.width(line, size);
			double x = switch (TemplateLoader.align(field)) {
				case "center" -> field.x() - width / 2;
				case "right" -> field.x() - width;
				default -> field.x();
			};
			stream.beginText();
			stream.setFont(font, (float) size);
			stream.newLineAtOffset((float) x, (float) y);
			stream.showText(line);
			stream.endText();
			y -= lineHeight;
		}
	}

	private static void drawTopics(PDPageContentStream stream, Fonts fonts, TemplateLayout.Table table,
			List<CertificateContent.Topic> topics) throws IOException {
		Color colour = colour(table.color(), Color.BLACK);
		double numberWidth = 30;
		double jpWidth = 60;
		double topicWidth = table.width() - numberWidth - jpWidth;
		double y = table.y();
		stream.setStrokingColor(colour);
		stream.setLineWidth(0.6f);
		Columns columns = new Columns(table.x(), numberWidth, topicWidth, jpWidth, table.size(), table.color());
		row(stream, fonts, table.headerFont(), columns, y, "No.", table.topicHeader(), table.jpHeader());
		y -= table.rowHeight();
		line(stream, table.x(), y + table.rowHeight() * 0.7, table.width());
		int number = 1;
		for (CertificateContent.Topic topic : topics) {
			row(stream, fonts, table.font(), columns, y, number++ + ".", topic.title(), topic.jp());
			y -= table.rowHeight();
			if (y < 40) {
				break;
			}
		}
		line(stream, table.x(), y + table.rowHeight() * 0.7, table.width());
	}

	private record Columns(double x, double numberWidth, double topicWidth, double jpWidth, double size,
			@Nullable String color) {
	}

	private static void row(PDPageContentStream stream, Fonts fonts, String font, Columns columns, double y,
			String number, String topic, String jp) throws IOException {
		double x = columns.x();
		double size = columns.size();
		String color = columns.color();
		drawText(stream, fonts, new TemplateLayout.Field("text", null, x, y, font, size, color, "left",
				columns.numberWidth() - 4, size, 1, 1.2, 0, 0), number);
		drawText(stream, fonts, new TemplateLayout.Field("text", null, x + columns.numberWidth(), y, font, size, color,
				"left", columns.topicWidth() - 8, size * 0.7, 1, 1.2, 0, 0), topic);
		drawText(stream, fonts, new TemplateLayout.Field("text", null,
				x + columns.numberWidth() + columns.topicWidth() + columns.jpWidth(), y, font, size, color, "right",
				columns.jpWidth() - 4, size, 1, 1.2, 0, 0), jp);
	}

	private static void line(PDPageContentStream stream, double x, double y, double width) throws IOException {
		stream.moveTo((float) x, (float) y);
		stream.lineTo((float) (x + width), (float) y);
		stream.stroke();
	}

	static String fill(String text, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(result, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
		}
		matcher.appendTail(result);
		// an empty value leaves no dangling separator: "NIP 1985... · " or ", Dinas ..."
		String spaced = SPACES.matcher(result).replaceAll(" ");
		return LEADING.matcher(DANGLING.matcher(spaced).replaceAll("")).replaceAll("").strip();
	}

	/** Replaces characters the font cannot show (rare symbols) with a question mark rather than failing. */
	private static String encodable(FontWidths widths, String text) {
		if (text.codePoints().allMatch(widths::has)) {
			return text;
		}
		StringBuilder result = new StringBuilder();
		text.codePoints().forEach(codePoint -> result.appendCodePoint(widths.has(codePoint) ? codePoint : '?'));
		return result.toString();
	}

	static Color colour(String hex, Color fallback) {
		return hex == null ? fallback : Color.decode(hex);
	}

	/**
	 * The template's fonts loaded into one document, each once, on first use: the cut-down font, or the whole one
	 * for a text with a character the cut-down one lacks.
	 */
	private static final class Fonts {

		private final PDDocument document;

		private final CertificateTemplate template;

		private final Map<String, PDFont> loaded = new HashMap<>();

		Fonts(PDDocument document, CertificateTemplate template) {
			this.document = document;
			this.template = template;
		}

		/** The font to draw the text with, and its widths. */
		Choice forText(String key, String text) throws IOException {
			TemplateFont font = this.template.fonts().get(key);
			boolean subset = font.subsetCovers(text);
			String name = subset ? key : key + "\u0000whole";
			PDFont pdf = this.loaded.get(name);
			if (pdf == null) {
				pdf = PDType0Font.load(this.document,
						new java.io.ByteArrayInputStream(subset ? font.subset() : font.whole()), true);
				this.loaded.put(name, pdf);
			}
			return new Choice(pdf, subset ? font.subsetWidths() : font.wholeWidths());
		}

	}

	private record Choice(PDFont font, FontWidths widths) {
	}

	/** Line breaking by words, measured with the template's widths: each word once, at any size. */
	static final class Layout {

		private Layout() {
		}

		/** The lines, or null when the text does not fit in {@code maxLines} lines at this size. */
		static @Nullable List<String> wrap(FontWidths widths, String text, double size, double maxWidth,
				int maxLines) {
			String[] words = text.split(" ");
			double space = widths.width(" ", size);
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			double lineWidth = 0;
			for (String word : words) {
				double wordWidth = widths.width(word, size);
				if (line.isEmpty() ? wordWidth <= maxWidth : lineWidth + space + wordWidth <= maxWidth) {
					lineWidth = line.isEmpty() ? wordWidth : lineWidth + space + wordWidth;
					if (!line.isEmpty()) {
						line.append(' ');
					}
					line.append(word);
					continue;
				}
				if (line.isEmpty() || wordWidth > maxWidth) {
					return null;
				}
				lines.add(line.toString());
				if (lines.size() >= maxLines) {
					return null;
				}
				line.setLength(0);
				line.append(word);
				lineWidth = wordWidth;
			}
			lines.add(line.toString());
			return lines.size() <= maxLines ? lines : null;
		}

	}

}
