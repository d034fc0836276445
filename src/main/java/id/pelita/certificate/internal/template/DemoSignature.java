package id.pelita.certificate.internal.template;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * A drawn hand-signature (transparent PNG) for the demo official and the template preview, so that the demo
 * shows a complete certificate without anyone's real signature in the repository.
 */
public final class DemoSignature {

	private DemoSignature() {
	}

	public static byte[] png() {
		BufferedImage image = new BufferedImage(360, 130, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setColor(new Color(20, 40, 110));
			g.setStroke(new BasicStroke(4.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			Path2D path = new Path2D.Double();
			path.moveTo(20, 90);
			path.curveTo(40, 20, 70, 10, 75, 60);
			path.curveTo(78, 100, 55, 110, 60, 80);
			path.curveTo(70, 40, 110, 30, 115, 75);
			path.curveTo(118, 95, 130, 95, 140, 70);
			path.curveTo(150, 45, 165, 50, 160, 80);
			path.curveTo(158, 95, 175, 95, 190, 65);
			path.curveTo(205, 35, 220, 40, 215, 75);
			path.curveTo(212, 100, 240, 90, 260, 60);
			path.curveTo(275, 40, 300, 45, 340, 50);
			g.draw(path);
			g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			Path2D flourish = new Path2D.Double();
			flourish.moveTo(40, 112);
			flourish.curveTo(120, 100, 220, 96, 320, 104);
			g.draw(flourish);
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

}
