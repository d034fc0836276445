package id.pelita.certificate.internal.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one template folder ({@code layout.json}, the background, the fonts) and checks everything before the
 * template may be used: the JSON, every font file, the background, each field's placeholders and that each field
 * lies on the page. The first thing wrong is thrown as a {@link TemplateProblem} naming the reason.
 */
public final class TemplateLoader {

	static final String LAYOUT = "layout.json";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

	private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private TemplateLoader() {
	}

	public static CertificateTemplate load(Path folder) {
		String name = folder.getFileName().toString();
		Path layoutFile = folder.resolve(LAYOUT);
		if (!Files.isRegularFile(layoutFile)) {
			throw new TemplateProblem(name, "certificate.template.error.noLayout", LAYOUT);
		}
		TemplateLayout layout;
		try {
			layout = JSON.readValue(Files.readString(layoutFile), TemplateLayout.class);
		}
		catch (JacksonException ex) {
			throw new TemplateProblem(name, "certificate.template.error.json", shortMessage(ex));
		}
		catch (IOException ex) {
			throw new TemplateProblem(name, "certificate.template.error.read", LAYOUT);
		}
		if (layout.page() == null || layout.page().width() < 100 || layout.page().height() < 100) {
			throw new TemplateProblem(name, "certificate.template.error.page");
		}
		if (layout.fields() == null || layout.fields().isEmpty() || layout.fonts() == null) {
			throw new TemplateProblem(name, "certificate.template.error.noFields");
		}
		Map<String, byte[]> fonts = fonts(name, folder, layout.fonts());
		byte[] background = null;
		boolean pdf = false;
		if (layout.background() != null) {
			background = file(name, folder, layout.background(), "certificate.template.error.background");
			pdf = layout.background().toLowerCase(Locale.ROOT).endsWith(".pdf");
			checkBackground(name, layout, background, pdf);
		}
		checkFields(name, layout.page(), fonts, layout.fields());
		if (layout.secondPage() != null) {
			checkFields(name, layout.page(), fonts, layout.secondPage().fields());
			TemplateLayout.Table table = layout.secondPage().table();
			if (table == null) {
				throw new TemplateProblem(name, "certificate.template.error.table");
			}
			font(name, fonts, table.font(), "table");
			font(name, fonts, table.headerFont(), "table");
			if (table.x() < 0 || table.x() + table.width() > layout.page().width() || table.y() > layout.page().height()
					|| table.y() < 0) {
				throw new TemplateProblem(name, "certificate.template.error.offPage", "table");
			}
		}
		String layoutText = layoutText(layout);
		Map<String, TemplateFont> prepared = new HashMap<>();
		fonts.forEach((key, bytes) -> {
			byte[] subset = FontSubsets.subset(bytes, layoutText);
			try {
				prepared.put(key, new TemplateFont(subset, FontWidths.of(subset), bytes, FontWidths.of(bytes)));
			}
			catch (IOException | RuntimeException ex) {
				throw new TemplateProblem(name, "certificate.template.error.fontBroken", layout.fonts().get(key));
			}
		});
		return new CertificateTemplate(name, layout, background, pdf, Map.copyOf(prepared));
	}

	/** Every text the layout prints itself (labels, headings), so its fonts keep their characters. */
	private static String layoutText(TemplateLayout layout) {
		StringBuilder text = new StringBuilder();
		layout.fields().forEach(field -> text.append(field.text() == null ? "" : field.text()));
		if (layout.secondPage() != null) {
			layout.secondPage().fields().forEach(field -> text.append(field.text() == null ? "" : field.text()));
			text.append(layout.secondPage().table().topicHeader()).append(layout.secondPage().table().jpHeader());
		}
		return text.toString();
	}

	private static Map<String, byte[]> fonts(String name, Path folder, Map<String, String> declared) {
		Map<String, byte[]> fonts = new HashMap<>();
		declared.forEach((key, fileName) -> {
			byte[] bytes = file(name, folder, fileName, "certificate.template.error.fontMissing");
			try {
				new TTFParser().parse(new RandomAccessReadBuffer(bytes)).close();
			}
			catch (IOException | RuntimeException ex) {
				throw new TemplateProblem(name, "certificate.template.error.fontBroken", fileName);
			}
			fonts.put(key, bytes);
		});
		return fonts;
	}

	private static void checkBackground(String name, TemplateLayout layout, byte[] background, boolean pdf) {
		if (!pdf) {
			return;
		}
		try (PDDocument document = Loader.loadPDF(background)) {
			var box = document.getPage(0).getMediaBox();
			if (Math.abs(box.getWidth() - layout.page().width()) > 1
					|| Math.abs(box.getHeight() - layout.page().height()) > 1) {
				throw new TemplateProblem(name, "certificate.template.error.backgroundSize",
						Math.round(box.getWidth()) + " x " + Math.round(box.getHeight()));
			}
		}
		catch (IOException | IndexOutOfBoundsException ex) {
			throw new TemplateProblem(name, "certificate.template.error.background", layout.background());
		}
	}

	private static void checkFields(String name, TemplateLayout.Page page, Map<String, byte[]> fonts,
			List<TemplateLayout.Field> fields) {
		for (int i = 0; i < fields.size(); i++) {
			TemplateLayout.Field field = fields.get(i);
			String label = "#" + (i + 1) + (field.text() != null ? " (" + field.text() + ")" : " (" + field.kind() + ")");
			switch (field.kind()) {
				case "text" -> checkText(name, page, fonts, field, label);
				case "qr" -> box(name, page, field.x(), field.y(), field.size(), field.size(), label);
				case "signature" -> box(name, page, field.x(), field.y(), field.width(), field.height(), label);
				default -> throw new TemplateProblem(name, "certificate.template.error.fieldType", label, field.kind());
			}
		}
	}

	private static void checkText(String name, TemplateLayout.Page page, Map<String, byte[]> fonts,
			TemplateLayout.Field field, String label) {
		if (field.text() == null || field.text().isBlank()) {
			throw new TemplateProblem(name, "certificate.template.error.noText", label);
		}
		Matcher matcher = PLACEHOLDER.matcher(field.text());
		while (matcher.find()) {
			if (!CertificateContent.PLACEHOLDERS.contains(matcher.group(1))) {
				throw new TemplateProblem(name, "certificate.template.error.placeholder", label, matcher.group(1));
			}
		}
		font(name, fonts, field.font(), label);
		if (field.size() <= 0 || field.size() > 200) {
			throw new TemplateProblem(name, "certificate.template.error.size", label);
		}
		if (field.color() != null && !COLOUR.matcher(field.color()).matches()) {
			throw new TemplateProblem(name, "certificate.template.error.colour", label, field.color());
		}
		double width = field.maxWidth() > 0 ? field.maxWidth() : 0;
		double left = switch (align(field)) {
			case "center" -> field.x() - width / 2;
			case "right" -> field.x() - width;
			default -> field.x();
		};
		if (field.maxWidth() <= 0) {
			throw new TemplateProblem(name, "certificate.template.error.maxWidth", label);
		}
		int lines = Math.max(1, field.maxLines());
		double lineHeight = field.size() * (field.lineHeight() > 0 ? field.lineHeight() : 1.25);
		box(name, page, left, field.y() - lineHeight * (lines - 1) - field.size() * 0.25, width,
				lineHeight * (lines - 1) + field.size(), label);
	}

	static String align(TemplateLayout.Field field) {
		String align = field.align() == null ? "left" : field.align();
		return switch (align) {
			case "left", "center", "right" -> align;
			default -> "left";
		};
	}

	private static void font(String name, Map<String, byte[]> fonts, @Nullable String key, String label) {
		if (key == null || !fonts.containsKey(key)) {
			throw new TemplateProblem(name, "certificate.template.error.fontUnknown", label, String.valueOf(key));
		}
	}

	private static void box(String name, TemplateLayout.Page page, double x, double y, double width, double height,
			String label) {
		if (width <= 0 || height <= 0 || x < 0 || y < 0 || x + width > page.width() + 0.5
				|| y + height > page.height() + 0.5) {
			throw new TemplateProblem(name, "certificate.template.error.offPage", label);
		}
	}

	private static byte[] file(String name, Path folder, String fileName, String key) {
		Path file = folder.resolve(fileName).normalize();
		if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
			throw new TemplateProblem(name, key, fileName);
		}
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new TemplateProblem(name, key, fileName);
		}
	}

	private static String shortMessage(JacksonException ex) {
		String message = ex.getOriginalMessage();
		var location = ex.getLocation();
		String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
		return (message.length() > 160 ? message.substring(0, 160) + "…" : message) + where;
	}

}
