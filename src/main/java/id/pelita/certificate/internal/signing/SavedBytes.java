package id.pelita.certificate.internal.signing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSTypedData;

/**
 * Completes the signature of a PDF saved whole with an empty signature dictionary (PDFBox signs only during an
 * incremental save, which a freshly made document cannot have): the reserved {@code /ByteRange} and
 * {@code /Contents} are found in the saved bytes, the byte range is written over its placeholder (same length,
 * padded), and the CMS over everything but the contents is written into them. Offsets elsewhere do not move, so
 * the cross-reference table stays right.
 */
final class SavedBytes {

	private static final byte[] BYTE_RANGE = "/ByteRange [0 1000000000 1000000000 1000000000]"
		.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] CONTENTS = "/Contents <".getBytes(StandardCharsets.US_ASCII);

	@FunctionalInterface
	interface Cms {

		byte[] sign(CMSTypedData content) throws IOException;

	}

	private SavedBytes() {
	}

	/** Signs {@code saved} in place, whose signature dictionary reserved {@code space} bytes; the same array. */
	static byte[] sign(byte[] saved, int space, Cms cms) throws IOException {
		int range = indexOf(saved, BYTE_RANGE, 0);
		if (range < 0 || indexOf(saved, BYTE_RANGE, range + 1) >= 0) {
			throw new IOException("The saved certificate has no single signature byte range to fill in");
		}
		int start = reservedContents(saved, space);
		int end = start + 2 * space + 2;
		byte[] value = ("/ByteRange [0 " + start + " " + end + " " + (saved.length - end) + "]")
			.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(value, 0, saved, range, value.length);
		for (int i = range + value.length; i < range + BYTE_RANGE.length; i++) {
			saved[i] = ' ';
		}
		byte[] signature = cms.sign(new Ranges(saved, start, end));
		if (signature.length > space) {
			throw new IOException("The signature needs " + signature.length + " bytes, " + space + " were reserved");
		}
		byte[] hex = HexFormat.of().withUpperCase().formatHex(signature).getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(hex, 0, saved, start + 1, hex.length);
		return saved;
	}

	/** Where the reserved contents start (at their {@code <}): the {@code /Contents} of zeros only. */
	private static int reservedContents(byte[] saved, int space) throws IOException {
		for (int at = indexOf(saved, CONTENTS, 0); at >= 0; at = indexOf(saved, CONTENTS, at + 1)) {
			int start = at + CONTENTS.length - 1;
			int end = start + 2 * space + 1;
			if (end < saved.length && saved[end] == '>' && zeros(saved, start + 1, end)) {
				return start;
			}
		}
		throw new IOException("The saved certificate has no reserved signature contents");
	}

	private static boolean zeros(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != '0') {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] bytes, byte[] part, int from) {
		outer: for (int i = from; i <= bytes.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (bytes[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** The signed bytes: everything before and after the contents, written without copying. */
	private record Ranges(byte[] pdf, int start, int end) implements CMSTypedData {

		@Override
		public ASN1ObjectIdentifier getContentType() {
			return CMSObjectIdentifiers.data;
		}

		@Override
		public void write(OutputStream out) throws IOException {
			out.write(this.pdf, 0, this.start);
			out.write(this.pdf, this.end, this.pdf.length - this.end);
		}

		@Override
		public Object getContent() {
			return this.pdf;
		}

	}

}
