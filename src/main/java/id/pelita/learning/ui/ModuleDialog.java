package id.pelita.learning.ui;

import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import id.pelita.learning.ModuleDraft;
import id.pelita.learning.PathBuilder;
import id.pelita.learning.PathModule;
import id.pelita.liveclass.LiveSession;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.Notices;
import org.jspecify.annotations.Nullable;

/**
 * Adds or changes a module: a {@link ModuleForm}, an upload for lesson images (stored at once, their Markdown added
 * to the lesson), and Save, which runs the action and closes the dialog when the service accepts the draft.
 */
class ModuleDialog extends Dialog {

	final ModuleForm form;

	final Upload image = new Upload();

	final Button save = new Button();

	ModuleDialog(PathBuilder builder, @Nullable PathModule existing, List<PathModule> path, List<LiveSession> sessions,
			Consumer<ModuleDraft> action) {
		this.form = new ModuleForm(existing, path, sessions, builder::preview);
		setHeaderTitle(getTranslation(existing == null ? "learning.builder.addTitle" : "learning.builder.editTitle"));
		setWidth("min(52rem, 100vw)");
		this.form.addSaveListener(event -> {
			try {
				action.accept(event.draft());
				close();
			}
			catch (UserFacingException ex) {
				Notices.failure(ex);
			}
		});
		this.image.setMaxFiles(1);
		this.image.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", "image/gif");
		this.image.setUploadHandler(UploadHandler.inMemory((metadata, content) -> imageUploaded(builder,
				metadata.fileName(), new java.io.ByteArrayInputStream(content))));
		this.image.setVisible(this.form.markdown.isVisible());
		this.form.kind.addValueChangeListener(event -> this.image.setVisible(this.form.markdown.isVisible()));
		this.image.getElement().setAttribute("aria-label", getTranslation("learning.builder.image"));
		this.save.setText(getTranslation("action.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> this.form.save());
		add(this.form, this.image);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

	private void imageUploaded(PathBuilder builder, String fileName, InputStream content) {
		this.image.clearFileList();
		try {
			this.form.append(builder.lessonImage(fileName, content));
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
	}

}
