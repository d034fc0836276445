package id.pelita.operations.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Copies a stream while computing its SHA-256. */
final class Sha256 {

	private Sha256() {
	}

	/** Copies {@code in} to {@code out} (which may be null: only the digest is wanted); the content's SHA-256 in hex. */
	static String copy(InputStream in, @org.jspecify.annotations.Nullable OutputStream out) throws IOException {
		MessageDigest digest = digest();
		byte[] buffer = new byte[64 * 1024];
		int read;
		while ((read = in.read(buffer)) != -1) {
			digest.update(buffer, 0, read);
			if (out != null) {
				out.write(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
