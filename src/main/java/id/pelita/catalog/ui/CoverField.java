package id.pelita.catalog.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import id.pelita.catalog.CatalogService;
import id.pelita.catalog.CoverUpload;
import id.pelita.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * A course's cover image in the form: the current or newly uploaded image, the upload, and a line that says what
 * happened. An upload is checked at once through the {@link CoverCheck}; a good one waits to be saved with the
 * course, a refused one is explained.
 */
class CoverField extends Div {

	/** Largest upload read; one byte more than the service accepts, so it can say "too large". */
	static final int UPLOAD_LIMIT = CatalogService.MAX_COVER_BYTES + 1;

	final Upload upload = new Upload();

	final Div preview = new Div();

	final Span message = new Span();

	private final transient CoverCheck check;

	private @Nullable CoverUpload pending;

	CoverField(CoverCheck check) {
		this.check = check;
		addClassName("cover-field");
		this.upload.setUploadHandler(new LimitedUploadHandler());
		this.upload.setMaxFiles(1);
		this.upload.setMaxFileSize(CatalogService.MAX_COVER_BYTES);
		this.upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
		UploadI18N i18n = new UploadI18N();
		i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("courseAdmin.cover.add"))
			.setMany(getTranslation("courseAdmin.cover.add")));
		i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("courseAdmin.cover.drop"))
			.setMany(getTranslation("courseAdmin.cover.drop")));
		i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("courseAdmin.cover.tooLarge"))
			.setIncorrectFileType(getTranslation("courseAdmin.cover.wrongType"))
			.setTooManyFiles(getTranslation("courseAdmin.cover.one")));
		this.upload.setI18n(i18n);
		this.upload.addFileRejectedListener(event -> refuse(event.getErrorMessage()));
		this.message.setText(getTranslation("courseAdmin.cover.help"));
		this.message.addClassName("field-note");
		this.preview.addClassName("cover-preview");
		add(new NativeLabel(getTranslation("courseAdmin.cover")), this.preview, this.upload, this.message);
	}

	/** Shows the course's current cover. */
	void show(String url) {
		this.preview.removeAll();
		this.preview.add(new Image(url, getTranslation("courseAdmin.cover.alt")));
	}

	/** The checked cover waiting to be saved with the course, if any. */
	@Nullable CoverUpload pending() {
		return this.pending;
	}

	/** Checks an uploaded file; a good one is shown and kept, a bad one is explained. */
	void uploaded(String fileName, byte[] content) {
		this.upload.clearFileList();
		try {
			this.check.check(fileName, content);
		}
		catch (UserFacingException ex) {
			refuse(getTranslation(ex.messageKey(), ex.arguments()));
			return;
		}
		this.pending = new CoverUpload(fileName, content);
		this.preview.removeAll();
		this.preview.add(new Image(DownloadHandler.fromInputStream(download -> new DownloadResponse(
				new ByteArrayInputStream(content), fileName, imageType(content), content.length)),
				getTranslation("courseAdmin.cover.alt")));
		this.message.setText(getTranslation("courseAdmin.cover.ready", fileName));
		this.message.removeClassName("field-error");
	}

	/** Explains why a cover was refused; the file is forgotten. */
	void refuse(String reason) {
		this.pending = null;
		this.upload.clearFileList();
		this.message.setText(reason);
		this.message.addClassName("field-error");
	}

	private static String imageType(byte[] content) {
		try {
			String guessed = URLConnection.guessContentTypeFromStream(new ByteArrayInputStream(content));
			return guessed != null ? guessed : "application/octet-stream";
		}
		catch (IOException ex) {
			return "application/octet-stream";
		}
	}

	/** Checks an uploaded cover image; throws {@link UserFacingException} with the reason when it is refused. */
	@FunctionalInterface
	interface CoverCheck {

		void check(String fileName, byte[] content);

	}

	/**
	 * Reads at most {@link #UPLOAD_LIMIT} bytes of an upload, so a huge file cannot fill the memory, and hands them
	 * to the field in the UI's thread.
	 */
	private final class LimitedUploadHandler implements UploadHandler {

		@Override
		public void handleUploadRequest(UploadEvent event) throws IOException {
			byte[] content;
			try (InputStream input = event.getInputStream()) {
				content = input.readNBytes(UPLOAD_LIMIT);
			}
			String fileName = event.getFileName();
			event.getUI().access(() -> uploaded(fileName, content));
		}

	}

}
