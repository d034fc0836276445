package id.pelita.reporting.ui;

import java.util.List;

import id.pelita.reporting.ExternalEntryImport;
import id.pelita.reporting.ExternalImportPreview;
import id.pelita.shared.ui.ImportDialog;
import id.pelita.shared.ui.Notices;

/**
 * Bulk upload of trainings outside the platform in the roster import's two steps: the file is checked and every
 * bad row listed with its employee and reasons; then the coordinator records the good rows, all in one go, or
 * nothing.
 */
class ExternalImportDialog extends ImportDialog<ExternalImportPreview, ExternalImportPreview.Problem> {

	private final transient ExternalEntryImport imports;

	ExternalImportDialog(ExternalEntryImport imports, Runnable imported) {
		super("jp.import", ExternalEntryImport.MAX_BYTES, ExternalImportPreview.Problem::line,
				ExternalImportPreview.Problem::nip, ExternalImportPreview.Problem::name, imported);
		this.imports = imports;
	}

	@Override
	protected ExternalImportPreview inspect(String fileName, byte[] content) {
		return this.imports.preview(fileName, content);
	}

	@Override
	protected void take(ExternalImportPreview preview) {
		Notices.success("jp.import.done", this.imports.importGoodRows(preview));
	}

	@Override
	protected List<String> reasons(ExternalImportPreview.Problem problem) {
		return problem.reasons()
			.stream()
			.map(reason -> getTranslation(reason.messageKey(), reason.arguments()))
			.toList();
	}

}
