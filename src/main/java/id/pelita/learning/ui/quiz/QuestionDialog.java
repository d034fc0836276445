package id.pelita.learning.ui.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import id.pelita.learning.BankQuestion;
import id.pelita.learning.QuestionBank;
import id.pelita.learning.QuestionDraft;
import id.pelita.learning.QuestionKind;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.Notices;
import org.jspecify.annotations.Nullable;

/**
 * Writing or correcting a question of the bank: kind, category, text, points, and the key of its kind (options
 * with the right ones, true/false, accepted answers, number and tolerance); an image for stored questions.
 * Reports the saved question and whether its key changed.
 */
class QuestionDialog extends Dialog {

	static final int OPTION_ROWS = 6;

	private final transient QuestionBank bank;

	private final long courseId;

	private final @Nullable BankQuestion existing;

	private final transient Consumer<Saved> saved;

	final Select<QuestionKind> kind = new Select<>();

	final ComboBox<String> category = new ComboBox<>();

	final TextArea text = new TextArea();

	final BigDecimalField points = new BigDecimalField();

	final Checkbox partial = new Checkbox();

	final List<TextField> optionTexts = new ArrayList<>();

	final List<Checkbox> optionRight = new ArrayList<>();

	private final List<@Nullable Long> optionIds = new ArrayList<>();

	final Div options = new Div();

	final RadioButtonGroup<Boolean> trueAnswer = new RadioButtonGroup<>();

	final TextArea accepted = new TextArea();

	final BigDecimalField number = new BigDecimalField();

	final BigDecimalField tolerance = new BigDecimalField();

	final Upload image = new Upload();

	final Button save = new Button();

	final Button archive = new Button();

	QuestionDialog(QuestionBank bank, long courseId, List<String> categories, @Nullable BankQuestion existing,
			Consumer<Saved> saved) {
		this.bank = bank;
		this.courseId = courseId;
		this.existing = existing;
		this.saved = saved;
		setHeaderTitle(getTranslation(existing == null ? "quizBank.new" : "quizBank.edit"));
		setWidth("min(760px, 100vw)");
		this.kind.setLabel(getTranslation("quizBank.kind"));
		this.kind.setItems(QuestionKind.values());
		this.kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
		this.kind.addValueChangeListener(e -> showKind());
		this.category.setLabel(getTranslation("quizBank.category"));
		this.category.setItems(categories);
		this.category.setAllowCustomValue(true);
		this.category.addCustomValueSetListener(e -> this.category.setValue(e.getDetail()));
		this.text.setLabel(getTranslation("quizBank.text"));
		this.text.setWidthFull();
		this.text.setMaxLength(10_000);
		this.points.setLabel(getTranslation("quizBank.points"));
		this.partial.setLabel(getTranslation("quizBank.partial"));
		this.trueAnswer.setLabel(getTranslation("quizBank.trueAnswer"));
		this.trueAnswer.setItems(true, false);
		this.trueAnswer.setItemLabelGenerator(v -> getTranslation(v ? "quizTake.true" : "quizTake.false"));
		this.accepted.setLabel(getTranslation("quizBank.accepted"));
		this.accepted.setHelperText(getTranslation("quizBank.acceptedHelp"));
		this.accepted.setWidthFull();
		this.number.setLabel(getTranslation("quizBank.number"));
		this.tolerance.setLabel(getTranslation("quizBank.tolerance"));
		QuestionDraft draft = existing == null ? null : existing.draft();
		int rows = Math.max(OPTION_ROWS, draft == null ? 0 : draft.options().size());
		for (int i = 0; i < rows; i++) {
			QuestionDraft.Option option = draft != null && i < draft.options().size() ? draft.options().get(i) : null;
			TextField field = new TextField(getTranslation("quizBank.option", i + 1));
			field.setWidth("min(28rem, 70vw)");
			Checkbox right = new Checkbox(getTranslation("quizBank.right"));
			field.setValue(option == null ? "" : option.text());
			right.setValue(option != null && option.correct());
			this.optionTexts.add(field);
			this.optionRight.add(right);
			this.optionIds.add(option == null ? null : option.id());
			FlexLayout row = new FlexLayout(field, right);
			row.setAlignItems(FlexLayout.Alignment.BASELINE);
			row.getStyle().set("gap", "var(--lumo-space-m)");
			this.options.add(row);
		}
		this.kind.setValue(draft == null ? QuestionKind.SINGLE_CHOICE : draft.kind());
		this.points.setValue(draft == null ? BigDecimal.ONE : draft.points());
		if (draft != null) {
			this.category.setValue(draft.category());
			this.text.setValue(draft.text());
			this.partial.setValue(draft.partialCredit());
			this.trueAnswer.setValue(draft.trueAnswer());
			this.accepted.setValue(String.join("\n", draft.acceptedAnswers()));
			this.number.setValue(draft.numericAnswer());
			this.tolerance.setValue(draft.tolerance());
		}
		VerticalLayout body = new VerticalLayout(new FlexLayout(this.kind, this.category, this.points), this.text,
				this.partial, this.options, this.trueAnswer, this.accepted, new FlexLayout(this.number, this.tolerance));
		body.setPadding(false);
		if (existing != null) {
			this.image.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> setImage(metadata.fileName(), bytes)));
			this.image.setMaxFiles(1);
			this.image.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", "image/gif");
			body.add(this.image);
		}
		add(body);
		showKind();
		this.save.setText(getTranslation("quizBank.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(e -> save());
		this.archive.setText(getTranslation("quizBank.archive"));
		this.archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.archive.setVisible(existing != null);
		this.archive.addClickListener(e -> archive());
		getFooter().add(this.archive, new Button(getTranslation("quizBank.cancel"), e -> close()), this.save);
	}

	private void showKind() {
		QuestionKind k = this.kind.getValue() == null ? QuestionKind.SINGLE_CHOICE : this.kind.getValue();
		this.options.setVisible(k.hasOptions());
		this.partial.setVisible(k == QuestionKind.MULTIPLE_CHOICE);
		this.trueAnswer.setVisible(k == QuestionKind.TRUE_FALSE);
		this.accepted.setVisible(k == QuestionKind.SHORT_ANSWER);
		this.number.setVisible(k == QuestionKind.NUMERIC);
		this.tolerance.setVisible(k == QuestionKind.NUMERIC);
	}

	/** The question as written in the form. */
	QuestionDraft draft() {
		QuestionKind k = this.kind.getValue() == null ? QuestionKind.SINGLE_CHOICE : this.kind.getValue();
		List<QuestionDraft.Option> written = new ArrayList<>();
		for (int i = 0; i < this.optionTexts.size(); i++) {
			String value = this.optionTexts.get(i).getValue();
			if (!value.isBlank() || this.optionIds.get(i) != null) {
				written.add(new QuestionDraft.Option(this.optionIds.get(i), value, this.optionRight.get(i).getValue()));
			}
		}
		return new QuestionDraft(k, this.category.getValue(), this.text.getValue(),
				this.points.getValue() == null ? BigDecimal.ZERO : this.points.getValue(),
				k == QuestionKind.MULTIPLE_CHOICE && this.partial.getValue(), k.hasOptions() ? written : List.of(),
				this.trueAnswer.getValue(), Arrays.stream(this.accepted.getValue().split("\\R")).map(String::strip)
					.filter(a -> !a.isEmpty()).toList(),
				this.number.getValue(), this.tolerance.getValue());
	}

	void save() {
		try {
			if (this.existing == null) {
				long id = this.bank.create(this.courseId, draft());
				close();
				this.saved.accept(new Saved(id, false, 0));
			}
			else {
				boolean changed = this.bank.update(this.existing.id(), draft());
				close();
				this.saved.accept(new Saved(this.existing.id(), changed, this.existing.usedInAttempts()));
			}
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
	}

	private void archive() {
		try {
			this.bank.archive(this.existing.id());
			close();
			this.saved.accept(new Saved(this.existing.id(), false, 0));
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
	}

	private void setImage(String fileName, byte[] bytes) {
		try {
			this.bank.setImage(this.existing.id(), fileName, new java.io.ByteArrayInputStream(bytes));
			Notices.success("quizBank.imageSaved");
		}
		catch (UserFacingException ex) {
			this.image.clearFileList();
			Notices.failure(ex);
		}
	}

	/** A stored question; {@code keyChanged} with {@code used} > 0 means graded attempts may need a regrade. */
	record Saved(long questionId, boolean keyChanged, int used) {
	}

}
