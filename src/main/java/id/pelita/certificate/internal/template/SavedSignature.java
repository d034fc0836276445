package id.pelita.certificate.internal.template;

import java.io.Closeable;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A signature made with a rendered document's one save: added to the document before it is saved (what that
 * returns is closed after the save), then completed in the saved bytes.
 */
public interface SavedSignature {

	Closeable addTo(PDDocument document) throws IOException;

	byte[] sign(byte[] saved) throws IOException;

}
