package id.pelita.reporting;

import java.io.InputStream;

import id.pelita.shared.files.FileType;

/** An entry's evidence to download: the name it was uploaded with, its type, size and content (caller closes). */
public record EvidenceFile(String fileName, FileType type, long size, InputStream content) {
}
