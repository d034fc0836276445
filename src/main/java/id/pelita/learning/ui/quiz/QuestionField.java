package id.pelita.learning.ui.quiz;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import id.pelita.learning.AttemptSheet;
import id.pelita.learning.AttemptSheet.Option;
import id.pelita.learning.QuestionKind;
import org.jspecify.annotations.Nullable;

/**
 * One question of an attempt with the input of its kind; fires an {@link AnswerEvent} with the answer as stored
 * (option ids, true/false, text) whenever the person changes it. Knows nothing of the right answer.
 */
class QuestionField extends Div {

	final AttemptSheet.Question question;

	final RadioButtonGroup<Option> single = new RadioButtonGroup<>();

	final CheckboxGroup<Option> multiple = new CheckboxGroup<>();

	final RadioButtonGroup<String> trueFalse = new RadioButtonGroup<>();

	final TextField text = new TextField();

	QuestionField(AttemptSheet.Question question, int total, @Nullable DownloadHandler image) {
		this.question = question;
		addClassName("quiz-question");
		Span heading = new Span(getTranslation("quizTake.questionOf", question.slot(), total));
		heading.getStyle().set("font-weight", "600");
		add(heading, new Paragraph(question.text()));
		if (image != null) {
			add(new Image(image, getTranslation("quizTake.image", question.slot())));
		}
		switch (question.kind()) {
			case SINGLE_CHOICE -> {
				this.single.setItems(question.options());
				this.single.setItemLabelGenerator(Option::text);
				question.options().stream().filter(o -> String.valueOf(o.id()).equals(question.answer())).findFirst()
					.ifPresent(this.single::setValue);
				this.single.addValueChangeListener(e -> {
					if (e.isFromClient()) {
						answer(() -> e.getValue() == null ? null : String.valueOf(e.getValue().id()));
					}
				});
				add(this.single);
			}
			case MULTIPLE_CHOICE -> {
				this.multiple.setItems(question.options());
				this.multiple.setItemLabelGenerator(Option::text);
				Set<String> chosen = question.answer() == null ? Set.of() : Set.of(question.answer().split(","));
				this.multiple.setValue(question.options().stream().filter(o -> chosen.contains(String.valueOf(o.id())))
					.collect(Collectors.toSet()));
				this.multiple.addValueChangeListener(e -> {
					if (e.isFromClient()) {
						answer(() -> e.getValue().stream().sorted(Comparator.comparingLong(Option::id))
							.map(o -> String.valueOf(o.id())).collect(Collectors.joining(",")));
					}
				});
				add(new Span(getTranslation("quizTake.chooseAll")), this.multiple);
			}
			case TRUE_FALSE -> {
				this.trueFalse.setItems(List.of("true", "false"));
				this.trueFalse.setItemLabelGenerator(v -> getTranslation("quizTake." + v));
				if (question.answer() != null) {
					this.trueFalse.setValue(question.answer());
				}
				this.trueFalse.addValueChangeListener(e -> {
					if (e.isFromClient()) {
						answer(e::getValue);
					}
				});
				add(this.trueFalse);
			}
			case SHORT_ANSWER, NUMERIC -> {
				this.text.setLabel(getTranslation(question.kind() == QuestionKind.NUMERIC ? "quizTake.number" : "quizTake.answer"));
				this.text.setWidthFull();
				this.text.setMaxLength(question.kind() == QuestionKind.NUMERIC ? 50 : 500);
				this.text.setValue(question.answer() == null ? "" : question.answer());
				this.text.setValueChangeMode(ValueChangeMode.LAZY);
				this.text.setValueChangeTimeout(800);
				this.text.addValueChangeListener(e -> {
					if (e.isFromClient()) {
						answer(e::getValue);
					}
				});
				add(this.text);
			}
		}
	}

	private void answer(Supplier<@Nullable String> value) {
		fireEvent(new AnswerEvent(this, this.question.slot(), value.get()));
	}

	Registration addAnswerListener(ComponentEventListener<AnswerEvent> listener) {
		return addListener(AnswerEvent.class, listener);
	}

	static final class AnswerEvent extends ComponentEvent<QuestionField> {

		final int slot;

		final @Nullable String answer;

		AnswerEvent(QuestionField source, int slot, @Nullable String answer) {
			super(source, true);
			this.slot = slot;
			this.answer = answer;
		}

	}

}
