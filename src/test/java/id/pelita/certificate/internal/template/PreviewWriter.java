package id.pelita.certificate.internal.template;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Writes PNG previews of the shipped templates to look at: {@code java ... PreviewWriter /tmp/previews}. */
final class PreviewWriter {

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args.length > 0 ? args[0] : "target/previews");
		Files.createDirectories(out);
		for (String name : new String[] { "sttp-standar", "modern-portrait" }) {
			CertificateTemplate template = TemplateLoader.load(Path.of("certificates-templates", name).toAbsolutePath());
			byte[] pdf = CertificateRenderer.render(template,
					SampleContent.of("http://localhost:8080/verifikasi/K7M2Q9XHT4BW3RP", DemoSignature.png()));
			Files.write(out.resolve(name + ".pdf"), pdf);
			try (PDDocument document = Loader.loadPDF(pdf)) {
				PDFRenderer renderer = new PDFRenderer(document);
				for (int page = 0; page < document.getNumberOfPages(); page++) {
					BufferedImage image = renderer.renderImageWithDPI(page, 80);
					ImageIO.write(image, "png", out.resolve(name + "-" + (page + 1) + ".png").toFile());
				}
			}
			System.out.println(name + ": " + pdf.length + " bytes");
		}
	}

}
