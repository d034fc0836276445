package id.pelita.learning.ui.quiz;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import id.pelita.learning.ImportPreview;
import id.pelita.learning.QuestionBank;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.Notices;
import org.jspecify.annotations.Nullable;

/**
 * Importing questions from a CSV file or a Moodle XML export: the file is read and every bad row shown with its
 * reasons (and the Moodle questions of unsupported types that will be skipped); then all questions or none.
 */
class BankImportDialog extends Dialog {

	private final transient QuestionBank bank;

	private final long courseId;

	private final transient Runnable imported;

	final Upload upload = new Upload();

	final Paragraph summary = new Paragraph();

	final Paragraph skipped = new Paragraph();

	final Grid<ImportPreview.Problem> problems = new Grid<>();

	final Button importAll = new Button();

	final Button cancel = new Button();

	/** The file as read for the preview, imported from as it is (the file is not read twice). */
	private @Nullable ImportPreview preview;

	BankImportDialog(QuestionBank bank, long courseId, Runnable imported) {
		this.bank = bank;
		this.courseId = courseId;
		this.imported = imported;
		setHeaderTitle(getTranslation("quizBank.import.title"));
		setWidth("min(960px, 100vw)");
		this.upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> check(bytes)));
		this.upload.setMaxFiles(1);
		this.upload.setMaxFileSize((int) QuestionBank.MAX_IMPORT);
		this.upload.setAcceptedFileTypes(".csv", ".xml", "text/csv", "text/xml", "application/xml");
		UploadI18N texts = new UploadI18N();
		texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("quizBank.import.choose"))
			.setMany(getTranslation("quizBank.import.choose")));
		texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("quizBank.import.drop"))
			.setMany(getTranslation("quizBank.import.drop")));
		this.upload.setI18n(texts);
		this.problems.addColumn(p -> p.row() == 0 ? "-" : String.valueOf(p.row()))
			.setHeader(getTranslation("quizBank.import.row")).setAutoWidth(true).setFlexGrow(0);
		this.problems.addColumn(p -> getTranslation(p.messageKey(), p.args()))
			.setHeader(getTranslation("quizBank.import.reason")).setFlexGrow(3);
		this.problems.setHeight("320px");
		this.problems.setVisible(false);
		this.summary.setVisible(false);
		this.skipped.setVisible(false);
		this.importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.importAll.setEnabled(false);
		this.importAll.setDisableOnClick(true);
		this.importAll.setText(getTranslation("quizBank.import.all", 0));
		this.importAll.addClickListener(click -> importAll());
		this.cancel.setText(getTranslation("quizBank.import.cancel"));
		this.cancel.addClickListener(click -> close());
		VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("quizBank.import.help")), this.upload,
				this.summary, this.skipped, this.problems);
		body.setPadding(false);
		add(body);
		getFooter().add(this.cancel, this.importAll);
	}

	void check(byte[] bytes) {
		ImportPreview preview = this.bank.preview(bytes);
		this.preview = preview.importable() ? preview : null;
		this.summary.setText(getTranslation("quizBank.import.summary", preview.questions().size(), preview.problems().size()));
		this.summary.setVisible(true);
		this.skipped.setVisible(!preview.unsupported().isEmpty());
		this.skipped.setText(getTranslation("quizBank.import.unsupported", preview.unsupported().size(),
				preview.unsupported().stream().collect(Collectors.joining(", "))));
		this.problems.setItems(preview.problems());
		this.problems.setVisible(!preview.problems().isEmpty());
		this.importAll.setText(getTranslation("quizBank.import.all", preview.questions().size()));
		this.importAll.setEnabled(preview.importable());
	}

	private void importAll() {
		ImportPreview read = this.preview;
		if (read == null) {
			return;
		}
		try {
			int count = this.bank.importAll(this.courseId, read);
			close();
			Notices.success("quizBank.import.done", count);
			this.imported.run();
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
	}

}
