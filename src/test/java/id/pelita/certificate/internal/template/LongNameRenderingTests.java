package id.pelita.certificate.internal.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participant whose name with titles is 120 characters (an apostrophe and a diacritic among them) gets it in
 * full on both shipped templates, within the name field's width and lines and no smaller than the layout allows.
 */
class LongNameRenderingTests {

	static final String NAME = "Prof. Dr. Ir. KH. Raden Mas Ma'ruf Abdurrahman Wahyu Setiawan Nugroho Prawirodirdjo "
			+ "Kusumaningrat Sëmantri, S.T., M.Eng.";

	@ParameterizedTest
	@ValueSource(strings = { "sttp-standar", "modern-portrait" })
	void aNameOf120CharactersIsPrintedInFullInsideItsField(String folder) throws IOException {
		assertThat(NAME).hasSize(120);
		CertificateTemplate template = TemplateLoader.load(Path.of("certificates-templates", folder).toAbsolutePath());
		TemplateLayout.Field field = template.layout()
			.fields()
			.stream()
			.filter(candidate -> "{participantName}".equals(candidate.text()))
			.findFirst()
			.orElseThrow();
		CertificateContent sample = SampleContent.of("https://pelita.example/verifikasi/K7M2Q9XHT4BW3RP",
				DemoSignature.png());
		Map<String, String> values = new HashMap<>(sample.values());
		values.put("participantName", NAME);
		byte[] pdf = CertificateRenderer.render(template,
				new CertificateContent(values, sample.topics(), sample.signatureImage(), sample.verificationUrl()));

		List<Line> lines = lines(pdf);
		int first = -1;
		for (int i = 0; i < lines.size() && first < 0; i++) {
			if (NAME.startsWith(lines.get(i).text().strip())) {
				first = i;
			}
		}
		assertThat(first).as("a line starting the name among %s", lines).isNotNegative();
		List<Line> name = new ArrayList<>();
		StringBuilder joined = new StringBuilder();
		for (int i = first; i < lines.size() && joined.length() < NAME.length(); i++) {
			name.add(lines.get(i));
			joined.append(joined.isEmpty() ? "" : " ").append(lines.get(i).text().strip());
		}
		assertThat(joined.toString()).isEqualTo(NAME);
		assertThat(name).hasSizeLessThanOrEqualTo(Math.max(1, field.maxLines()));
		double left = switch (TemplateLoader.align(field)) {
			case "center" -> field.x() - field.maxWidth() / 2;
			case "right" -> field.x() - field.maxWidth();
			default -> field.x();
		};
		for (Line line : name) {
			for (TextPosition glyph : line.glyphs()) {
				assertThat(glyph.getXDirAdj()).as(glyph.getUnicode()).isGreaterThanOrEqualTo((float) left - 1);
				assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).as(glyph.getUnicode())
					.isLessThanOrEqualTo((float) (left + field.maxWidth() + 1));
				assertThat(glyph.getFontSizeInPt()).isGreaterThanOrEqualTo((float) field.minSize() - 0.01f);
			}
		}
	}

	private static List<Line> lines(byte[] pdf) throws IOException {
		List<Line> lines = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					lines.add(new Line(text, List.copyOf(positions)));
				}
			};
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			stripper.getText(document);
		}
		return lines;
	}

	record Line(String text, List<TextPosition> glyphs) {
	}

}
