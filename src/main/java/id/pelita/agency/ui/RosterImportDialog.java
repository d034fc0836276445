package id.pelita.agency.ui;

import java.util.List;

import id.pelita.agency.ImportPreview;
import id.pelita.agency.ImportResult;
import id.pelita.agency.RosterImportService;
import id.pelita.shared.ui.ImportDialog;
import id.pelita.shared.ui.Notices;

/**
 * Import of a roster file in two steps: the upload is validated and every bad row is listed with its reasons;
 * then the coordinator imports the good rows, or nothing.
 */
class RosterImportDialog extends ImportDialog<ImportPreview, ImportPreview.Problem> {

	private final transient RosterImportService imports;

	RosterImportDialog(RosterImportService imports, Runnable imported) {
		super("roster.import", RosterImportService.MAX_BYTES, ImportPreview.Problem::line, ImportPreview.Problem::nip,
				ImportPreview.Problem::name, imported);
		this.imports = imports;
	}

	@Override
	protected ImportPreview inspect(String fileName, byte[] content) {
		return this.imports.preview(fileName, content);
	}

	@Override
	protected void take(ImportPreview preview) {
		ImportResult result = this.imports.importGoodRows(preview);
		Notices.success("roster.import.done", result.created(), result.updated(), result.unchanged());
	}

	@Override
	protected List<String> reasons(ImportPreview.Problem problem) {
		return problem.reasons()
			.stream()
			.map(reason -> getTranslation(reason.message().messageKey(), reason.message().arguments()))
			.toList();
	}

}
