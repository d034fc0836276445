package id.pelita.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/** The files of the demo path, made on the spot: lesson illustrations (PNG) and a one-page PDF handout. */
final class DemoMaterials {

	private DemoMaterials() {
	}

	/** A 640x320 illustration with a title and a caption. */
	static byte[] illustration(String title, String caption, Color colour) {
		BufferedImage image = new BufferedImage(640, 320, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(colour);
			g.fillRect(0, 0, 640, 320);
			g.setColor(Color.WHITE);
			g.fillRoundRect(40, 200, 560, 80, 24, 24);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
			g.drawString(title, 40, 120);
			g.setColor(colour.darker());
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
			g.drawString(caption, 60, 248);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A valid one-page PDF (Helvetica, A4) with the given lines, its cross-reference table computed. */
	static byte[] handout(List<String> lines) {
		StringBuilder text = new StringBuilder("BT /F1 13 Tf 56 780 Td 18 TL\n");
		for (String line : lines) {
			text.append('(').append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")).append(") '\n");
		}
		text.append("ET");
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
				"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach(offset -> pdf.append("%010d 00000 n \n".formatted(offset)));
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref).append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

}
