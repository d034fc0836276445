package id.pelita.reporting.ui;

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
import id.pelita.reporting.ExternalEntryImport;
import id.pelita.reporting.ExternalImportPreview;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.ImportProblemGrid;
import id.pelita.shared.ui.Notices;
import org.jspecify.annotations.Nullable;

/**
 * Bulk upload of trainings outside the platform in the roster import's two steps: the file is checked and every
 * bad row listed with its employee and reasons (the shared {@link ImportProblemGrid}); then the coordinator records
 * the good rows, all in one go, or nothing.
 */
class ExternalImportDialog extends Dialog {

	private final transient ExternalEntryImport imports;

	private final transient Runnable imported;

	final Upload upload = new Upload();

	final Paragraph summary = new Paragraph();

	final ImportProblemGrid<ExternalImportPreview.Problem> problems;

	final Button importGood = new Button();

	final Button importNothing = new Button();

	private transient @Nullable ExternalImportPreview preview;

	ExternalImportDialog(ExternalEntryImport imports, Runnable imported) {
		this.imports = imports;
		this.imported = imported;
		setHeaderTitle(getTranslation("jp.import.title"));
		setWidth("min(960px, 100vw)");
		this.upload.setUploadHandler(UploadHandler.inMemory((metadata, content) -> check(metadata.fileName(), content)));
		this.upload.setMaxFiles(1);
		this.upload.setMaxFileSize(ExternalEntryImport.MAX_BYTES);
		this.upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		UploadI18N texts = new UploadI18N();
		texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("roster.import.choose"))
			.setMany(getTranslation("roster.import.choose")));
		texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("roster.import.drop"))
			.setMany(getTranslation("roster.import.drop")));
		texts.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("roster.import.error.oneFile"))
			.setFileIsTooBig(getTranslation("jp.import.error.tooLarge", ExternalEntryImport.MAX_BYTES / (1024 * 1024)))
			.setIncorrectFileType(getTranslation("roster.import.error.fileType")));
		this.upload.setI18n(texts);
		this.problems = new ImportProblemGrid<>(getTranslation("roster.import.row"),
				getTranslation("roster.import.problem"), ExternalImportPreview.Problem::line, ExternalImportDialog::who,
				this::reasons);
		this.summary.setVisible(false);
		this.importGood.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.importGood.setEnabled(false);
		this.importGood.setDisableOnClick(true);
		this.importGood.setText(getTranslation("jp.import.good", 0));
		this.importGood.addClickListener(click -> importGoodRows());
		this.importNothing.setText(getTranslation("roster.import.nothing"));
		this.importNothing.addClickListener(click -> close());
		VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation("jp.import.help")), this.upload,
				this.summary, this.problems);
		content.setPadding(false);
		add(content);
		getFooter().add(this.importNothing, this.importGood);
	}

	/** Checks an uploaded file and shows what would be recorded and what not. */
	void check(String fileName, byte[] content) {
		try {
			this.preview = this.imports.preview(fileName, content);
		}
		catch (UserFacingException ex) {
			this.preview = null;
			this.summary.setVisible(false);
			this.problems.show(List.of());
			this.importGood.setEnabled(false);
			this.upload.clearFileList();
			Notices.failure(ex);
			return;
		}
		int good = this.preview.goodRows().size();
		this.summary.setText(getTranslation("jp.import.summary", this.preview.rowCount(), good,
				this.preview.problems().size()));
		this.summary.setVisible(true);
		this.problems.show(this.preview.problems());
		this.importGood.setText(getTranslation("jp.import.good", good));
		this.importGood.setEnabled(good > 0);
	}

	void importGoodRows() {
		if (this.preview == null) {
			return;
		}
		try {
			int recorded = this.imports.importGoodRows(this.preview);
			close();
			Notices.success("jp.import.done", recorded);
			this.imported.run();
		}
		catch (UserFacingException ex) {
			this.importGood.setEnabled(false);
			Notices.failure(ex);
		}
	}

	private static String who(ExternalImportPreview.Problem problem) {
		return Stream.of(problem.nip(), problem.name())
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining(" \u00b7 "));
	}

	List<String> reasons(ExternalImportPreview.Problem problem) {
		return problem.reasons()
			.stream()
			.map(reason -> getTranslation(reason.messageKey(), reason.arguments()))
			.toList();
	}

}
