package id.pelita.certificate.internal.template;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws a certificate with PDFBox: the background (a PDF page, or an image stretched over the page), every text
 * field with shrink-to-fit and wrapping, the signature image, and the QR code as vector squares. Fonts are
 * embedded as subsets. Thread-safe: every call makes its own document from the template's bytes.
 */
public final class CertificateRenderer {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

	private static final double SMALLEST = 6;

	private CertificateRenderer() {
	}

	public static byte[] render(CertificateTemplate template, CertificateContent content) {
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
			ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
			document.save(out);
			return out.toByteArray();
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
			PDImageXObject image = PDImageXObject.createFromByteArray(document, template.background(), "background");
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
						PDImageXObject image = PDImageXObject.createFromByteArray(document, content.signatureImage(),
								"signature");
						double scale = Math.min(field.width() / image.getWidth(), field.height() / image.getHeight());
						double width = image.getWidth() * scale;
						double height = image.getHeight() * scale;
						stream.drawImage(image, (float) (field.x() + (field.width() - width) / 2),
								(float) (field.y() + (field.height() - height) / 2), (float) width, (float) height);
					}
				}
				default -> drawText(stream, fonts.get(field.font()), field, fill(field.text(), content.values()));
			}
		}
	}

	/** Shrinks the text until it fits on at most {@code maxLines} lines of {@code maxWidth}, then draws them. */
	static void drawText(PDPageContentStream stream, PDFont font, TemplateLayout.Field field, String text)
			throws IOException {
		if (text.isBlank()) {
			return;
		}
		String safe = encodable(font, text);
		int maxLines = Math.max(1, field.maxLines());
		double minSize = field.minSize() > 0 ? Math.min(field.minSize(), field.size()) : field.size();
		double size = field.size();
		// first one line, shrinking down to the smallest size the layout allows; then wrapped at that size
		List<String> lines = Layout.wrap(font, safe, size, field.maxWidth(), 1);
		while (lines == null && size > minSize) {
			size = Math.max(minSize, size - 0.5);
			lines = Layout.wrap(font, safe, size, field.maxWidth(), 1);
		}
		if (lines == null) {
			lines = Layout.wrap(font, safe, size, field.maxWidth(), maxLines);
		}
		while (lines == null && size > SMALLEST) {
			size = Math.max(SMALLEST, size - 0.5);
			lines = Layout.wrap(font, safe, size, field.maxWidth(), Integer.MAX_VALUE);
		}
		if (lines == null) {
			lines = List.of(safe);
		}
		double lineHeight = size * (field.lineHeight() > 0 ? field.lineHeight() : 1.25);
		stream.setNonStrokingColor(colour(field.color(), Color.BLACK));
		double y = field.y();
		for (String line : lines) {
			double width = Layout.width(font, line, size);
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
		PDFont header = fonts.get(table.headerFont());
		PDFont body = fonts.get(table.font());
		Color colour = colour(table.color(), Color.BLACK);
		double numberWidth = 30;
		double jpWidth = 60;
		double topicWidth = table.width() - numberWidth - jpWidth;
		double y = table.y();
		stream.setStrokingColor(colour);
		stream.setLineWidth(0.6f);
		row(stream, header, table.size(), colour, table.x(), y, numberWidth, topicWidth, jpWidth, "No.",
				table.topicHeader(), table.jpHeader());
		y -= table.rowHeight();
		line(stream, table.x(), y + table.rowHeight() * 0.7, table.width());
		int number = 1;
		for (CertificateContent.Topic topic : topics) {
			row(stream, body, table.size(), colour, table.x(), y, numberWidth, topicWidth, jpWidth, number++ + ".",
					topic.title(), topic.jp());
			y -= table.rowHeight();
			if (y < 40) {
				break;
			}
		}
		line(stream, table.x(), y + table.rowHeight() * 0.7, table.width());
	}

	private static void row(PDPageContentStream stream, PDFont font, double size, Color colour, double x, double y,
			double numberWidth, double topicWidth, double jpWidth, String number, String topic, String jp)
			throws IOException {
		TemplateLayout.Field cell = new TemplateLayout.Field("text", null, x, y, null, size, null, "left",
				numberWidth - 4, size, 1, 1.2, 0, 0);
		stream.setNonStrokingColor(colour);
		drawText(stream, font, cell, number);
		drawText(stream, font, new TemplateLayout.Field("text", null, x + numberWidth, y, null, size, null, "left",
				topicWidth - 8, size * 0.7, 1, 1.2, 0, 0), topic);
		drawText(stream, font, new TemplateLayout.Field("text", null, x + numberWidth + topicWidth + jpWidth, y, null,
				size, null, "right", jpWidth - 4, size, 1, 1.2, 0, 0), jp);
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
		return result.toString()
			.replaceAll("\\s+", " ")
			.replaceAll("\\s*([,·])\\s*(?=[,·]|$)", "")
			.replaceAll("^\\s*[,·]\\s*", "")
			.strip();
	}

	/** Replaces characters the font cannot show (rare symbols) with a question mark rather than failing. */
	private static String encodable(PDFont font, String text) {
		try {
			font.encode(text);
			return text;
		}
		catch (IllegalArgumentException | IOException ex) {
			StringBuilder result = new StringBuilder();
			text.codePoints().forEach(codePoint -> {
				String character = Character.toString(codePoint);
				try {
					font.encode(character);
					result.append(character);
				}
				catch (IllegalArgumentException | IOException unencodable) {
					result.append('?');
				}
			});
			return result.toString();
		}
	}

	static Color colour(String hex, Color fallback) {
		return hex == null ? fallback : Color.decode(hex);
	}

	/** The template's fonts loaded into one document, each once, on first use. */
	private static final class Fonts {

		private final PDDocument document;

		private final CertificateTemplate template;

		private final Map<String, PDFont> loaded = new HashMap<>();

		Fonts(PDDocument document, CertificateTemplate template) {
			this.document = document;
			this.template = template;
		}

		PDFont get(String key) throws IOException {
			PDFont font = this.loaded.get(key);
			if (font == null) {
				font = PDType0Font.load(this.document, new java.io.ByteArrayInputStream(this.template.fonts().get(key)),
						true);
				this.loaded.put(key, font);
			}
			return font;
		}

	}

	/** Line breaking by words. */
	static final class Layout {

		private Layout() {
		}

		static double width(PDFont font, String text, double size) throws IOException {
			return font.getStringWidth(text) / 1000 * size;
		}

		/** The lines, or null when the text does not fit in {@code maxLines} lines at this size. */
		static List<String> wrap(PDFont font, String text, double size, double maxWidth, int maxLines)
				throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : text.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (width(font, candidate, size) <= maxWidth) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (line.isEmpty() || width(font, word, size) > maxWidth) {
					return null;
				}
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
				if (lines.size() >= maxLines) {
					return null;
				}
			}
			lines.add(line.toString());
			return lines.size() <= maxLines ? lines : null;
		}

	}

}
