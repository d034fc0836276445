package id.pelita.certificate.internal.template;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What one certificate shows: the values of the placeholders, the topics of the second page, the signing
 * official's signature image and the verification link the QR code carries.
 */
public record CertificateContent(Map<String, String> values, List<Topic> topics, byte @Nullable [] signatureImage,
		String verificationUrl) {

	/** The placeholders a layout may use. */
	public static final Set<String> PLACEHOLDERS = Set.of("participantName", "nip", "rankGrade", "position",
			"agency", "courseTitle", "runName", "runDates", "jp", "number", "issuePlace", "issueDate",
			"officialName", "officialNip", "officialTitle", "issuer", "verificationUrl", "verificationCode");

	public record Topic(String title, String jp) {
	}

}
