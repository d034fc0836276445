package id.pelita.catalog.ui;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
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
import id.pelita.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * Every field of a course, with a live preview of the Markdown description and a cover image upload
 * ({@link CoverField}). It checks nothing itself: it fires a {@link SubmitEvent} and shows the service's refusal at
 * the field it concerns ({@link #showError}).
 */
class CourseForm extends FormLayout {

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

	final CoverField cover;

	private final FieldErrors errors = new FieldErrors();

	CourseForm(Collection<String> categories, List<String> templates, String defaultTemplate,
			CoverField.CoverCheck coverCheck) {
		this.cover = new CoverField(coverCheck);
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
		this.competencyType.setValue(CompetencyType.TEKNIS);
		this.learningMode.setValue(LearningMode.OFF_CLASS);
		registerErrors();
		NativeLabel previewLabel = new NativeLabel(getTranslation("courseAdmin.preview"));
		Div previewBox = new Div(previewLabel, this.preview);
		add(this.title, this.code, this.competencyType, this.category, this.jp, this.learningMode, this.passMark,
				this.attendanceThreshold, this.certificateTemplate, this.targetAudience, this.description, previewBox,
				this.cover);
		setColspan(this.title, 2);
		setColspan(this.targetAudience, 2);
		setColspan(this.description, 2);
		setColspan(previewBox, 2);
		setColspan(this.cover, 2);
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
			this.cover.show(course.coverImageUrl());
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
		fireEvent(new SubmitEvent(this, course, this.cover.pending()));
	}

	/** Shows a refusal at the field it concerns; returns whether a field took it. */
	boolean showError(UserFacingException failure) {
		String message = getTranslation(failure.messageKey(), failure.arguments());
		if (failure.messageKey().startsWith("cover.error.")) {
			clearErrors();
			this.cover.refuse(message);
			return true;
		}
		return this.errors.show(failure.messageKey(), message);
	}

	private void registerErrors() {
		this.errors.on(this.code, "course.error.code", "course.error.codeFormat", "course.error.codeTaken")
			.on(this.title, "course.error.title")
			.on(this.description, "course.error.description")
			.on(this.competencyType, "course.error.competencyType")
			.on(this.category, "course.error.category")
			.on(this.jp, "course.error.jp")
			.on(this.learningMode, "course.error.learningMode")
			.on(this.targetAudience, "course.error.targetAudience")
			.on(this.passMark, "course.error.passMark")
			.on(this.attendanceThreshold, "course.error.attendanceThreshold")
			.on(this.certificateTemplate, "course.error.certificateTemplate");
	}

	private void clearErrors() {
		this.errors.clear();
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

}
