package id.pelita.catalog.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import id.pelita.catalog.CatalogService;
import id.pelita.catalog.CompetencyType;
import id.pelita.catalog.CourseDescription;
import id.pelita.catalog.CourseDetails;
import id.pelita.catalog.CoverUpload;
import id.pelita.catalog.LearningMode;
import id.pelita.catalog.NewCourse;
import id.pelita.shared.JamPelajaran;
import id.pelita.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * Every field of a course, with a live preview of the Markdown description and a cover image upload. It checks
 * nothing itself: it fires a {@link SubmitEvent} and shows the service's refusal at the field it concerns
 * ({@link #showError}). An uploaded cover is checked at once through the given {@link CoverCheck} and saved only
 * with the course.
 */
class CourseForm extends FormLayout {

	/** Largest upload the form reads; one byte more than the service accepts, so it can say "too large". */
	static final int UPLOAD_LIMIT = CatalogService.MAX_COVER_BYTES + 1;

	final TextField title = new TextField();

	final TextField code = new TextField();

	final Select<CompetencyType> competencyType = new Select<>();

	final ComboBox<String> category = new ComboBox<>();

	final IntegerField jp = new IntegerField();

	final Select<LearningMode> learningMode = new Select<>();

	final BigDecimalField passMark = new BigDecimalField();

	final BigDecimalField attendanceThreshold = new BigDecimalField();

	final Select<String> certificateTemplate = new Select<>();

	final TextArea targetAudience = new TextArea();

	final TextArea description = new TextArea();

	final Div preview = new Div();

	final Upload cover = new Upload();

	final Div coverPreview = new Div();

	final Span coverMessage = new Span();

	private final transient CoverCheck coverCheck;

	private final Map<String, HasValidation> fieldsByError = new LinkedHashMap<>();

	private @Nullable CoverUpload pendingCover;

	CourseForm(Collection<String> categories, List<String> templates, String defaultTemplate, CoverCheck coverCheck) {
		this.coverCheck = coverCheck;
		this.title.setLabel(getTranslation("courseAdmin.title"));
		this.title.setRequired(true);
		this.code.setLabel(getTranslation("courseAdmin.code"));
		this.code.setHelperText(getTranslation("courseAdmin.code.help"));
		this.code.setRequired(true);
		this.competencyType.setLabel(getTranslation("courseAdmin.competencyType"));
		this.competencyType.setItems(EnumSet.allOf(CompetencyType.class));
		this.competencyType.setItemLabelGenerator(type -> getTranslation(type.labelKey()));
		this.category.setLabel(getTranslation("courseAdmin.category"));
		this.category.setHelperText(getTranslation("courseAdmin.category.help"));
		this.category.setItems(new TreeSet<>(categories));
		this.category.setAllowCustomValue(true);
		this.category.addCustomValueSetListener(event -> {
			String typed = event.getDetail().strip();
			if (!this.category.getListDataView().contains(typed)) {
				this.category.getListDataView().addItem(typed);
			}
			this.category.setValue(typed);
		});
		this.jp.setLabel(getTranslation("courseAdmin.jp"));
		this.jp.setMin(1);
		this.jp.setMax(CatalogService.MAX_JP);
		this.jp.setStepButtonsVisible(true);
		this.jp.setHelperText(getTranslation("courseAdmin.jp.help"));
		String jpError = getTranslation("course.error.jp");
		this.jp.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(jpError)
			.setMinErrorMessage(jpError)
			.setMaxErrorMessage(jpError));
		this.jp.addValueChangeListener(event -> describeJp());
		this.learningMode.setLabel(getTranslation("courseAdmin.learningMode"));
		this.learningMode.setItems(EnumSet.allOf(LearningMode.class));
		this.learningMode.setItemLabelGenerator(mode -> getTranslation(mode.labelKey()));
		this.passMark.setLabel(getTranslation("courseAdmin.passMark"));
		this.passMark.setHelperText(getTranslation("courseAdmin.percentage.help"));
		this.attendanceThreshold.setLabel(getTranslation("courseAdmin.attendanceThreshold"));
		this.attendanceThreshold.setHelperText(getTranslation("courseAdmin.percentage.help"));
		this.certificateTemplate.setLabel(getTranslation("courseAdmin.certificateTemplate"));
		this.certificateTemplate.setItems(templates);
		this.certificateTemplate.setValue(defaultTemplate);
		this.targetAudience.setLabel(getTranslation("courseAdmin.targetAudience"));
		this.description.setLabel(getTranslation("courseAdmin.description"));
		this.description.setHelperText(getTranslation("courseAdmin.description.help"));
		this.description.setValueChangeMode(ValueChangeMode.LAZY);
		this.description.addValueChangeListener(event -> showPreview());
		this.description.setMinRows(6);
		this.preview.addClassName("markdown-preview");
		this.preview.getElement().setAttribute("aria-live", "polite");
		configureCover();
		this.competencyType.setValue(CompetencyType.TEKNIS);
		this.learningMode.setValue(LearningMode.OFF_CLASS);
		registerErrors();
		NativeLabel previewLabel = new NativeLabel(getTranslation("courseAdmin.preview"));
		NativeLabel coverLabel = new NativeLabel(getTranslation("courseAdmin.cover"));
		Div previewBox = new Div(previewLabel, this.preview);
		Div coverBox = new Div(coverLabel, this.coverPreview, this.cover, this.coverMessage);
		coverBox.addClassName("cover-field");
		add(this.title, this.code, this.competencyType, this.category, this.jp, this.learningMode, this.passMark,
				this.attendanceThreshold, this.certificateTemplate, this.targetAudience, this.description, previewBox,
				coverBox);
		setColspan(this.title, 2);
		setColspan(this.targetAudience, 2);
		setColspan(this.description, 2);
		setColspan(previewBox, 2);
		setColspan(coverBox, 2);
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
		showPreview();
		describeJp();
	}

	/** Fills the form with a course to edit. */
	void edit(CourseDetails course) {
		this.title.setValue(course.title());
		this.code.setValue(course.code());
		this.competencyType.setValue(course.competencyType());
		if (!this.category.getListDataView().contains(course.category())) {
			this.category.getListDataView().addItem(course.category());
		}
		this.category.setValue(course.category());
		this.jp.setValue(course.jp().hours());
		this.learningMode.setValue(course.learningMode());
		this.passMark.setValue(course.passMark());
		this.attendanceThreshold.setValue(course.attendanceThreshold());
		if (!this.certificateTemplate.getListDataView().contains(course.certificateTemplate())) {
			this.certificateTemplate.getListDataView().addItem(course.certificateTemplate());
		}
		this.certificateTemplate.setValue(course.certificateTemplate());
		this.targetAudience.setValue(course.targetAudience());
		this.description.setValue(course.description());
		if (course.coverImageUrl() != null) {
			this.coverPreview.removeAll();
			this.coverPreview.add(new Image(course.coverImageUrl(), getTranslation("courseAdmin.cover.alt")));
		}
	}

	/** Sends what the fields hold; the service decides whether it is acceptable. */
	void submit() {
		clearErrors();
		NewCourse course = new NewCourse(this.code.getValue(), this.title.getValue(), this.description.getValue(),
				this.competencyType.getValue(), this.category.getValue(),
				this.jp.getValue() == null ? 0 : this.jp.getValue(), this.learningMode.getValue(),
				this.targetAudience.getValue(), this.passMark.getValue(), this.attendanceThreshold.getValue(),
				this.certificateTemplate.getValue());
		fireEvent(new SubmitEvent(this, course, this.pendingCover));
	}

	/** Shows a refusal at the field it concerns; returns whether a field took it. */
	boolean showError(UserFacingException failure) {
		clearErrors();
		String message = getTranslation(failure.messageKey(), failure.arguments());
		if (failure.messageKey().startsWith("cover.error.")) {
			coverFailed(message);
			return true;
		}
		HasValidation field = this.fieldsByError.get(failure.messageKey());
		if (field == null) {
			return false;
		}
		field.setErrorMessage(message);
		field.setInvalid(true);
		return true;
	}

	@Nullable CoverUpload pendingCover() {
		return this.pendingCover;
	}

	/** Checks an uploaded cover; a good one waits to be saved with the course, a bad one is explained. */
	void coverUploaded(String fileName, byte[] content) {
		try {
			this.coverCheck.check(fileName, content);
		}
		catch (UserFacingException ex) {
			coverFailed(getTranslation(ex.messageKey(), ex.arguments()));
			return;
		}
		this.pendingCover = new CoverUpload(fileName, content);
		this.coverPreview.removeAll();
		this.coverPreview.add(new Image(DownloadHandler.fromInputStream(download -> new DownloadResponse(
				new ByteArrayInputStream(content), fileName, imageType(content), content.length)),
				getTranslation("courseAdmin.cover.alt")));
		this.cover.clearFileList();
		this.coverMessage.setText(getTranslation("courseAdmin.cover.ready", fileName));
		this.coverMessage.removeClassName("field-error");
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

	private void coverFailed(String message) {
		this.pendingCover = null;
		this.cover.clearFileList();
		this.coverMessage.setText(message);
		this.coverMessage.addClassName("field-error");
	}

	private void configureCover() {
		this.cover.setUploadHandler(new LimitedUploadHandler());
		this.cover.setMaxFiles(1);
		this.cover.setMaxFileSize(CatalogService.MAX_COVER_BYTES);
		this.cover.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
		UploadI18N i18n = new UploadI18N();
		i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("courseAdmin.cover.add"))
			.setMany(getTranslation("courseAdmin.cover.add")));
		i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("courseAdmin.cover.drop"))
			.setMany(getTranslation("courseAdmin.cover.drop")));
		i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("courseAdmin.cover.tooLarge"))
			.setIncorrectFileType(getTranslation("courseAdmin.cover.wrongType"))
			.setTooManyFiles(getTranslation("courseAdmin.cover.one")));
		this.cover.setI18n(i18n);
		this.cover.addFileRejectedListener(event -> coverFailed(event.getErrorMessage()));
		this.coverMessage.setText(getTranslation("courseAdmin.cover.help"));
		this.coverMessage.addClassName("field-note");
		this.coverPreview.addClassName("cover-preview");
	}

	private void registerErrors() {
		List.of("course.error.code", "course.error.codeFormat", "course.error.codeTaken")
			.forEach(key -> this.fieldsByError.put(key, this.code));
		this.fieldsByError.put("course.error.title", this.title);
		this.fieldsByError.put("course.error.description", this.description);
		this.fieldsByError.put("course.error.competencyType", this.competencyType);
		this.fieldsByError.put("course.error.category", this.category);
		this.fieldsByError.put("course.error.jp", this.jp);
		this.fieldsByError.put("course.error.learningMode", this.learningMode);
		this.fieldsByError.put("course.error.targetAudience", this.targetAudience);
		this.fieldsByError.put("course.error.passMark", this.passMark);
		this.fieldsByError.put("course.error.attendanceThreshold", this.attendanceThreshold);
		this.fieldsByError.put("course.error.certificateTemplate", this.certificateTemplate);
		this.fieldsByError.values().stream().distinct().forEach(field -> {
			if (field instanceof HasValue<?, ?> value) {
				value.addValueChangeListener(event -> field.setInvalid(false));
			}
		});
	}

	private void clearErrors() {
		this.fieldsByError.values().forEach(field -> field.setInvalid(false));
	}

	private void showPreview() {
		this.preview.removeAll();
		if (this.description.getValue().isBlank()) {
			Span empty = new Span(getTranslation("courseAdmin.preview.empty"));
			empty.addClassName("field-note");
			this.preview.add(empty);
		}
		else {
			this.preview.add(new Html(CourseDescription.toSafeHtml(this.description.getValue())));
		}
	}

	private void describeJp() {
		Integer value = this.jp.getValue();
		if (value == null || value < 1) {
			this.jp.setHelperText(getTranslation("courseAdmin.jp.help"));
			return;
		}
		Duration length = JamPelajaran.LENGTH.multipliedBy(value);
		this.jp.setHelperText(getTranslation("courseAdmin.jp.length", value, length.toHours(),
				length.toMinutesPart()));
	}

	Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
		return addListener(SubmitEvent.class, listener);
	}

	/** Checks an uploaded cover image; throws {@link UserFacingException} with the reason when it is refused. */
	@FunctionalInterface
	interface CoverCheck {

		void check(String fileName, byte[] content);

	}

	static final class SubmitEvent extends ComponentEvent<CourseForm> {

		private final NewCourse course;

		private final @Nullable CoverUpload cover;

		SubmitEvent(CourseForm source, NewCourse course, @Nullable CoverUpload cover) {
			super(source, false);
			this.course = course;
			this.cover = cover;
		}

		NewCourse course() {
			return this.course;
		}

		@Nullable CoverUpload cover() {
			return this.cover;
		}

	}

	/**
	 * Reads at most {@link #UPLOAD_LIMIT} bytes of an upload, so a huge file cannot fill the memory, and hands them
	 * to the form in the UI's thread.
	 */
	private final class LimitedUploadHandler implements UploadHandler {

		@Override
		public void handleUploadRequest(UploadEvent event) throws IOException {
			byte[] content;
			try (InputStream input = event.getInputStream()) {
				content = input.readNBytes(UPLOAD_LIMIT);
			}
			String fileName = event.getFileName();
			event.getUI().access(() -> coverUploaded(fileName, content));
		}

	}

}
