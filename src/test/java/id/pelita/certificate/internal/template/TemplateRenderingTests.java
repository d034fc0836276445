package id.pelita.certificate.internal.template;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a render puts into the PDF, read back with PDFBox: the second page with the topics, names drawn with the
 * cut-down fonts and, for a character outside them, with the whole font, every font embedded as a subset.
 */
class TemplateRenderingTests {

	private static final CertificateTemplate STTP = TemplateLoader
		.load(Path.of("certificates-templates/sttp-standar").toAbsolutePath());

	@Test
	void topicsAreListedWithTheirJpOnTheSecondPage() throws Exception {
		CertificateContent sample = SampleContent.of("https://pelita.example.go.id/verifikasi/ABCDE12345FGHIJ",
				DemoSignature.png());
		try (PDDocument document = Loader.loadPDF(CertificateRenderer.render(STTP, sample))) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			String second = text(document, 2);
			assertThat(second).contains("DAFTAR MATA PELATIHAN").contains("Aplikasi SRIKANDI dan tanda tangan elektronik")
				.contains("Kebijakan kearsipan nasional 4");
			assertThat(text(document, 1)).doesNotContain("Aplikasi SRIKANDI");
			assertEmbeddedSubsets(document);
		}
		CertificateContent withoutTopics = new CertificateContent(sample.values(), List.of(), sample.signatureImage(),
				sample.verificationUrl());
		try (PDDocument document = Loader.loadPDF(CertificateRenderer.render(STTP, withoutTopics))) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
		}
	}

	@Test
	void aNameWithACharacterOutsideTheCutDownFontIsDrawnWithTheWholeFont() throws Exception {
		CertificateContent sample = SampleContent.of("https://pelita.example.go.id/verifikasi/ABCDE12345FGHIJ",
				DemoSignature.png());
		Map<String, String> values = new HashMap<>(sample.values());
		// U+1EC7 (Latin Extended Additional) is not in the cut-down fonts but is in DejaVu
		values.put("participantName", "Nguyễn Thị Thu Hiệp, S.E.");
		values.put("agency", "Dinas Pariwisata Provinsi Banten");
		byte[] pdf = CertificateRenderer.render(STTP, new CertificateContent(values, List.of(), sample.signatureImage(),
				sample.verificationUrl()));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String first = text(document, 1);
			assertThat(first).contains("Nguyễn Thị Thu Hiệp, S.E.").contains("Dinas Pariwisata Provinsi Banten")
				.doesNotContain("?");
			assertEmbeddedSubsets(document);
		}
		assertThat(pdf.length).isLessThan(200 * 1024);
	}

	@Test
	void theCutDownFontsAreSmallerAndKeepIndonesianNames() {
		TemplateFont serif = STTP.fonts().get("serif-bold");
		assertThat(serif.subset().length).isLessThan(serif.whole().length / 3);
		assertThat(serif.subsetCovers("Ni Luh Putu Ayu Dewi, S.Kom. · Cut Nyak Dhien – Ahmad Syaifullah, M.Si. é ü ā ş"))
			.isTrue();
		assertThat(serif.subsetCovers("Nguyễn")).isFalse();
		assertThat(serif.subsetWidths().width("Dewi", 10)).isEqualTo(serif.wholeWidths().width("Dewi", 10));
	}

	private static String text(PDDocument document, int page) throws Exception {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document).replaceAll("\\s+", " ");
	}

	private static void assertEmbeddedSubsets(PDDocument document) throws Exception {
		for (PDPage page : document.getPages()) {
			for (var name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).as("a subset").matches("[A-Z]{6}\\+.*");
			}
		}
	}

}
