package id.pelita.certificate.internal.template;

import java.awt.Color;
import java.io.IOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * QR codes (ZXing) drawn as vector squares: sharp at any zoom or print size, and a few hundred bytes. Each run of
 * dark modules in a row is one rectangle, on a white square with a quiet zone of two modules.
 */
public final class QrCodes {

	private static final int QUIET = 2;

	private QrCodes() {
	}

	public static BitMatrix encode(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code: " + ex.getMessage(), ex);
		}
	}

	static void draw(PDPageContentStream stream, String text, double x, double y, double side, Color colour)
			throws IOException {
		BitMatrix matrix = encode(text);
		int modules = matrix.getWidth();
		double module = side / (modules + 2 * QUIET);
		stream.setNonStrokingColor(Color.WHITE);
		stream.addRect((float) x, (float) y, (float) side, (float) side);
		stream.fill();
		stream.setNonStrokingColor(colour);
		double left = x + QUIET * module;
		double top = y + side - QUIET * module;
		for (int row = 0; row < modules; row++) {
			int column = 0;
			while (column < modules) {
				if (!matrix.get(column, row)) {
					column++;
					continue;
				}
				int start = column;
				while (column < modules && matrix.get(column, row)) {
					column++;
				}
				// a hair wider than the module so that neighbouring squares leave no seam in viewers
				stream.addRect((float) (left + start * module), (float) (top - (row + 1) * module),
						(float) ((column - start) * module + 0.05), (float) (module + 0.05));
			}
		}
		stream.fill();
	}

}
