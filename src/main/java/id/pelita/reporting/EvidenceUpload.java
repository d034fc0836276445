package id.pelita.reporting;

/**
 * An evidence file as uploaded (a certificate of attendance, a letter): the name the user gave it, only for
 * messages and the download, and its content, whose type is recognised from the bytes.
 */
public record EvidenceUpload(String fileName, byte[] content) {
}
