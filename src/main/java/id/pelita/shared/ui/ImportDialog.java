package id.pelita.shared.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
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
import id.pelita.shared.CheckedImport;
import id.pelita.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * An import in two steps, as every import of a list of people works: a CSV or XLSX file is checked and every bad
 * row listed with its employee and all its reasons ({@link ImportProblemGrid}); then the user takes the good rows,
 * all in one go, or nothing. A subclass names its texts by a key prefix ({@code <prefix>.title}, {@code .help},
 * {@code .summary}, {@code .good}, {@code .error.tooLarge}), checks the file and takes the rows.
 *
 * @param <I> the checked file
 * @param <P> one bad row
 */
public abstract class ImportDialog<I extends CheckedImport<P>, P> extends Dialog {

	private final transient Runnable imported;

	private final String keys;

	public final Upload upload = new Upload();

	public final Paragraph summary = new Paragraph();

	public final ImportProblemGrid<P> problems;

	public final Button importGood = new Button();

	public final Button importNothing = new Button();

	private transient @Nullable I checked;

	/**
	 * @param keys the prefix of the dialog's own texts
	 * @param maxBytes the largest file accepted
	 * @param line a bad row's number, as a spreadsheet shows it
	 * @param nip a bad row's NIP, as far as the file had it
	 * @param name a bad row's name, as far as the file had it
	 * @param imported what to do once the rows are taken (e.g. refresh the page's list)
	 */
	protected ImportDialog(String keys, int maxBytes, ToIntFunction<P> line, Function<P, @Nullable String> nip,
			Function<P, @Nullable String> name, Runnable imported) {
		this.keys = keys;
		this.imported = imported;
		setHeaderTitle(getTranslation(keys + ".title"));
		setWidth("min(960px, 100vw)");
		this.upload.setUploadHandler(UploadHandler.inMemory((metadata, content) -> check(metadata.fileName(), content)));
		this.upload.setMaxFiles(1);
		this.upload.setMaxFileSize(maxBytes);
		this.upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		this.upload.setI18n(uploadTexts(maxBytes));
		this.problems = new ImportProblemGrid<>(getTranslation("import.row"), getTranslation("import.problem"), line,
				problem -> who(nip.apply(problem), name.apply(problem)), this::reasons);
		this.summary.setVisible(false);
		this.importGood.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.importGood.setEnabled(false);
		this.importGood.setDisableOnClick(true);
		this.importGood.setText(getTranslation(keys + ".good", 0));
		this.importGood.addClickListener(click -> takeGoodRows());
		this.importNothing.setText(getTranslation("import.nothing"));
		this.importNothing.addClickListener(click -> close());
		VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation(keys + ".help")), this.upload,
				this.summary, this.problems);
		content.setPadding(false);
		add(content);
		getFooter().add(this.importNothing, this.importGood);
	}

	/** Checks the file; a file that cannot be checked at all is refused with a {@link UserFacingException}. */
	protected abstract I inspect(String fileName, byte[] content);

	/** Takes the good rows of a checked file and tells the user what was done. */
	protected abstract void take(I checked);

	/** Every reason of a bad row, translated. */
	protected abstract List<String> reasons(P problem);

	/** Checks an uploaded file and shows what would be taken and what not. */
	public void check(String fileName, byte[] content) {
		I result;
		try {
			result = inspect(fileName, content);
		}
		catch (UserFacingException ex) {
			this.checked = null;
			this.summary.setVisible(false);
			this.problems.show(List.of());
			this.importGood.setEnabled(false);
			this.upload.clearFileList();
			Notices.failure(ex);
			return;
		}
		this.checked = result;
		int good = result.goodRows().size();
		this.summary.setText(getTranslation(this.keys + ".summary", result.rowCount(), good, result.problems().size()));
		this.summary.setVisible(true);
		this.problems.show(result.problems());
		this.importGood.setText(getTranslation(this.keys + ".good", good));
		this.importGood.setEnabled(good > 0);
	}

	private void takeGoodRows() {
		I result = this.checked;
		if (result == null) {
			return;
		}
		try {
			take(result);
			close();
			this.imported.run();
		}
		catch (UserFacingException ex) {
			this.importGood.setEnabled(false);
			Notices.failure(ex);
		}
	}

	/** The employee of a bad row: NIP and name, as far as the file had them. */
	private static String who(@Nullable String nip, @Nullable String name) {
		return Stream.of(nip, name)
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining(" \u00b7 "));
	}

	private UploadI18N uploadTexts(int maxBytes) {
		UploadI18N texts = new UploadI18N();
		texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.choose"))
			.setMany(getTranslation("import.choose")));
		texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.drop"))
			.setMany(getTranslation("import.drop")));
		texts.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("import.error.oneFile"))
			.setFileIsTooBig(getTranslation(this.keys + ".error.tooLarge", maxBytes / (1024 * 1024)))
			.setIncorrectFileType(getTranslation("import.error.fileType")));
		return texts;
	}

}
