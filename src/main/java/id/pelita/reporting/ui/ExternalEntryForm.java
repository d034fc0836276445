package id.pelita.reporting.ui;

import java.util.Arrays;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import id.pelita.reporting.EvidenceUpload;
import id.pelita.reporting.ExternalEntryInput;
import id.pelita.reporting.ExternalEvidence;
import id.pelita.reporting.ExternalTrainingType;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.web.InvalidFields;
import id.pelita.shared.ui.UserContext;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a training outside the platform: title, organiser, first and last day, JP, form of development
 * and the evidence file (PDF or image). It fires a {@link SubmitEvent} with what was entered; the dialog around it
 * calls the service and hands back the fields the service refused ({@link #show(InvalidFields)}).
 */
class ExternalEntryForm extends FormLayout {

	final TextField title = new TextField();

	final TextField organiser = new TextField();

	final DatePicker startDate = new DatePicker();

	final DatePicker endDate = new DatePicker();

	final BigDecimalField jp = new BigDecimalField();

	final Select<ExternalTrainingType> type = new Select<>();

	final Upload evidence = new Upload();

	final Span evidenceName = new Span();

	private @Nullable EvidenceUpload uploaded;

	ExternalEntryForm(boolean evidenceRequired) {
		this.title.setLabel(getTranslation("jp.form.title"));
		this.title.setRequired(true);
		this.title.setMaxLength(300);
		this.organiser.setLabel(getTranslation("jp.form.organiser"));
		this.organiser.setRequired(true);
		this.organiser.setMaxLength(200);
		this.startDate.setLabel(getTranslation("jp.form.startDate"));
		this.startDate.setLocale(UserContext.locale());
		this.startDate.setRequired(true);
		this.endDate.setLabel(getTranslation("jp.form.endDate"));
		this.endDate.setLocale(UserContext.locale());
		this.endDate.setRequired(true);
		this.startDate.addValueChangeListener(change -> {
			if (this.endDate.isEmpty()) {
				this.endDate.setValue(change.getValue());
			}
		});
		this.jp.setLabel(getTranslation("jp.form.jp"));
		this.jp.setHelperText(getTranslation("jp.form.jpHelp"));
		this.jp.setRequiredIndicatorVisible(true);
		this.type.setLabel(getTranslation("jp.form.type"));
		this.type.setItems(Arrays.asList(ExternalTrainingType.values()));
		this.type.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
		this.type.setRequiredIndicatorVisible(true);
		this.evidence.setUploadHandler(UploadHandler.inMemory((metadata, content) -> {
			this.uploaded = new EvidenceUpload(metadata.fileName(), content);
			this.evidenceName.setText(getTranslation("jp.form.evidenceReady", metadata.fileName()));
		}));
		this.evidence.setMaxFiles(1);
		this.evidence.setMaxFileSize(ExternalEvidence.MAX_BYTES);
		this.evidence.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", ".webp", "application/pdf", "image/jpeg",
				"image/png", "image/webp");
		this.evidence.addFileRemovedListener(removed -> {
			this.uploaded = null;
			this.evidenceName.setText("");
		});
		UploadI18N texts = new UploadI18N();
		texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("jp.form.evidenceChoose"))
			.setMany(getTranslation("jp.form.evidenceChoose")));
		texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("jp.form.evidenceDrop"))
			.setMany(getTranslation("jp.form.evidenceDrop")));
		texts.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("jp.form.evidenceOne"))
			.setFileIsTooBig(getTranslation("jp.form.evidenceTooLarge", ExternalEvidence.MAX_BYTES / (1024 * 1024)))
			.setIncorrectFileType(getTranslation("jp.form.evidenceType")));
		this.evidence.setI18n(texts);
		Span evidenceLabel = new Span(getTranslation(evidenceRequired ? "jp.form.evidenceRequired"
				: "jp.form.evidenceOptional"));
		add(this.title, this.organiser, this.startDate, this.endDate, this.jp, this.type);
		add(evidenceLabel, this.evidence, this.evidenceName);
		setColspan(evidenceLabel, 2);
		setColspan(this.evidence, 2);
		setColspan(this.evidenceName, 2);
	}

	/** Fires what was entered; the service checks it. */
	void submit() {
		fields().values().forEach(field -> field.setInvalid(false));
		fireEvent(new SubmitEvent(this, new ExternalEntryInput(this.title.getValue(), this.organiser.getValue(),
				this.startDate.getValue(), this.endDate.getValue(), this.jp.getValue(), this.type.getValue()),
				this.uploaded));
	}

	/** Marks the fields the service refused, each with its reason. */
	void show(InvalidFields failure) {
		Map<String, HasValidation> fields = fields();
		for (InvalidFields.FieldProblem problem : failure.problems()) {
			HasValidation field = fields.get(problem.field());
			if (field != null) {
				field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments().toArray()));
				field.setInvalid(true);
			}
		}
	}

	private Map<String, HasValidation> fields() {
		return Map.of("title", this.title, "organiser", this.organiser, "startDate", this.startDate, "endDate",
				this.endDate, "jp", this.jp, "type", this.type);
	}

	/** Shows why the service refused the entry: the bad fields marked, a refused file forgotten, and a notice. */
	void refused(UserFacingException failure) {
		if (failure instanceof InvalidFields fields) {
			show(fields);
		}
		else if (failure.messageKey().startsWith("file.")) {
			clearEvidence();
		}
		Notices.failure(failure);
	}

	/** Forgets the evidence file (after it was refused). */
	void clearEvidence() {
		this.uploaded = null;
		this.evidence.clearFileList();
		this.evidenceName.setText("");
	}

	/** Hands an evidence file to the form as the upload does (tests, and dialogs that receive one). */
	void evidence(EvidenceUpload upload) {
		this.uploaded = upload;
		this.evidenceName.setText(getTranslation("jp.form.evidenceReady", upload.fileName()));
	}

	Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
		return addListener(SubmitEvent.class, listener);
	}

	static final class SubmitEvent extends ComponentEvent<ExternalEntryForm> {

		private final ExternalEntryInput input;

		private final transient @Nullable EvidenceUpload evidence;

		SubmitEvent(ExternalEntryForm source, ExternalEntryInput input, @Nullable EvidenceUpload evidence) {
			super(source, false);
			this.input = input;
			this.evidence = evidence;
		}

		ExternalEntryInput input() {
			return this.input;
		}

		@Nullable EvidenceUpload evidence() {
			return this.evidence;
		}

	}

}
