package id.pelita.certificate;

import org.jspecify.annotations.Nullable;

/** A signing official: name, NIP, title and whether a signature image is on file. */
public record SigningOfficial(long id, String name, @Nullable String nip, String title, boolean hasSignature,
		boolean chosen) {
}
