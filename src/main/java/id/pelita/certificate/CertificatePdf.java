package id.pelita.certificate;

import java.io.InputStream;

/** A certificate's PDF to send: a file name for the download and the stream (the caller closes it). */
public record CertificatePdf(String fileName, long size, InputStream content) {
}
