package id.pelita.agency.ui;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import id.pelita.agency.ImportPreview;
import id.pelita.agency.ImportResult;
import id.pelita.agency.RosterImportService;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.ImportProblemGrid;
import id.pelita.shared.ui.Notices;

/**
 * Import of a roster file in two steps: the upload is validated and every bad row is listed with its reasons;
 * then the coordinator imports the good rows, or nothing.
 */
class RosterImportDialog extends Dialog {

	private final transient RosterImportService imports;

	private final transient Runnable imported;

	final Upload upload = new Upload();

	final Paragraph summary = new Paragraph();

	final ImportProblemGrid<ImportPreview.Problem> problems;

	final Button importGood = new Button();

	final Button importNothing = new Button();

	private transient ImportPreview preview;

	RosterImportDialog(RosterImportService imports, Runnable imported) {
		this.imports = imports;
		this.imported = imported;
		setHeaderTitle(getTranslation("roster.import.title"));
		setWidth("min(960px, 100vw)");
		this.upload.setUploadHandler(UploadHandler.inMemory((metadata, content) -> check(metadata.fileName(), content)));
		this.upload.setMaxFiles(1);
		this.upload.setMaxFileSize(RosterImportService.MAX_BYTES);
		this.upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		this.upload.setI18n(uploadTexts());
		this.problems = new ImportProblemGrid<>(getTranslation("roster.import.row"),
				getTranslation("roster.import.problem"), ImportPreview.Problem::line, RosterImportDialog::who,
				this::reasons);
		this.summary.setVisible(false);
		this.importGood.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.importGood.setEnabled(false);
		this.importGood.setDisableOnClick(true);
		this.importGood.addClickListener(click -> importGoodRows());
		this.importNothing.setText(getTranslation("roster.import.nothing"));
		this.importNothing.addClickListener(click -> close());
		this.importGood.setText(getTranslation("roster.import.good", 0));
		VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation("roster.import.help")), this.upload,
				this.summary, this.problems);
		content.setPadding(false);
		add(content);
		getFooter().add(this.importNothing, this.importGood);
	}

	/** Validates an uploaded file and shows what would be imported and what not. */
	void check(String fileName, byte[] content) {
		try {
			this.preview = this.imports.preview(fileName, content);
		}
		catch (UserFacingException ex) {
			this.preview = null;
			this.summary.setVisible(false);
			this.problems.setVisible(false);
			this.importGood.setEnabled(false);
			this.upload.clearFileList();
			Notices.failure(ex);
			return;
		}
		int good = this.preview.goodRows().size();
		int bad = this.preview.problems().size();
		this.summary.setText(getTranslation("roster.import.summary", this.preview.rowCount(), good, bad));
		this.summary.setVisible(true);
		this.problems.show(this.preview.problems());
		this.importGood.setText(getTranslation("roster.import.good", good));
		this.importGood.setEnabled(good > 0);
	}

	private void importGoodRows() {
		try {
			ImportResult result = this.imports.importGoodRows(this.preview);
			close();
			Notices.success("roster.import.done", result.created(), result.updated(), result.unchanged());
			this.imported.run();
		}
		catch (UserFacingException ex) {
			this.importGood.setEnabled(false);
			Notices.failure(ex);
		}
	}

	/** The employee of a bad row: NIP and name, as far as the file had them. */
	private static String who(ImportPreview.Problem problem) {
		return Stream.of(problem.nip(), problem.name())
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining(" \u00b7 "));
	}

	List<String> reasons(ImportPreview.Problem problem) {
		return problem.reasons()
			.stream()
			.map(reason -> getTranslation(reason.message().messageKey(), reason.message().arguments()))
			.toList();
	}

	private UploadI18N uploadTexts() {
		UploadI18N texts = new UploadI18N();
		texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("roster.import.choose"))
			.setMany(getTranslation("roster.import.choose")));
		texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("roster.import.drop"))
			.setMany(getTranslation("roster.import.drop")));
		texts.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("roster.import.error.oneFile"))
			.setFileIsTooBig(getTranslation("roster.import.error.tooLarge", RosterImportService.MAX_BYTES / (1024 * 1024)))
			.setIncorrectFileType(getTranslation("roster.import.error.fileType")));
		return texts;
	}

}
