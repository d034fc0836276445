package id.pelita.catalog;

/**
 * A cover image as the organiser uploaded it: the browser's file name and the bytes. Its type is read from the
 * bytes, never from the name.
 */
public record CoverUpload(String fileName, byte[] content) {
}
