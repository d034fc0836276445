package id.pelita.learning.ui.quiz;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.pelita.learning.AttemptResult;
import id.pelita.learning.AttemptSheet;
import id.pelita.learning.QuizAttempts;
import id.pelita.learning.QuizLayout;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.Notices;
import org.jspecify.annotations.Nullable;

/**
 * Taking an attempt: the timer, the question navigator (answered questions marked), one question per page or all
 * on one, every answer saved as it is given, and the submit with a summary of the unanswered questions.
 */
class AttemptPanel extends VerticalLayout {

	private final transient QuizAttempts attempts;

	private final transient Consumer<AttemptResult> finished;

	private final AttemptSheet sheet;

	final QuizTimer timer = new QuizTimer();

	final Div navigator = new Div();

	final Div questions = new Div();

	final Button previous = new Button();

	final Button next = new Button();

	final Button submit = new Button();

	final Span saved = new Span();

	final List<QuestionField> fields = new ArrayList<>();

	private final Set<Integer> answered = new HashSet<>();

	@Nullable Dialog confirm;

	private int current = 1;

	AttemptPanel(QuizAttempts attempts, AttemptSheet sheet, Consumer<AttemptResult> finished) {
		this.attempts = attempts;
		this.sheet = sheet;
		this.finished = finished;
		setPadding(false);
		int total = sheet.questions().size();
		for (AttemptSheet.Question question : sheet.questions()) {
			if (question.answered()) {
				this.answered.add(question.slot());
			}
			QuestionField field = new QuestionField(question, total, question.hasImage() ? image(question.slot()) : null);
			field.addAnswerListener(event -> save(event.slot, event.answer));
			this.fields.add(field);
			this.questions.add(field);
		}
		this.navigator.addClassName("quiz-navigator");
		this.previous.setText(getTranslation("quizTake.previous"));
		this.next.setText(getTranslation("quizTake.next"));
		this.submit.setText(getTranslation("quizTake.submit"));
		this.submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.previous.addClickListener(e -> show(this.current - 1));
		this.next.addClickListener(e -> show(this.current + 1));
		this.submit.addClickListener(e -> confirmSubmit());
		this.saved.getStyle().set("color", "var(--lumo-secondary-text-color)");
		Div actions = new Div(this.previous, this.next, this.submit);
		actions.addClassName("quiz-actions");
		if (sheet.deadline() != null) {
			add(this.timer);
			this.timer.start(Duration.between(sheet.serverNow(), sheet.deadline()));
			this.timer.addTimeUpListener(e -> doSubmit());
		}
		add(this.navigator, this.questions, actions, this.saved);
		show(1);
	}

	private DownloadHandler image(int slot) {
		return event -> {
			Optional<InputStream> in = this.attempts.image(this.sheet.attemptId(), slot);
			if (in.isPresent()) {
				try (InputStream content = in.get()) {
					content.transferTo(event.getOutputStream());
				}
			}
		};
	}

	void show(int slot) {
		int total = this.fields.size();
		this.current = Math.max(1, Math.min(total, slot));
		boolean onePerPage = this.sheet.layout() == QuizLayout.ONE_PER_PAGE;
		this.fields.forEach(f -> f.setVisible(!onePerPage || f.question.slot() == this.current));
		this.previous.setVisible(onePerPage && this.current > 1);
		this.next.setVisible(onePerPage && this.current < total);
		this.navigator.removeAll();
		for (QuestionField field : this.fields) {
			int number = field.question.slot();
			Button button = new Button(String.valueOf(number), e -> show(number));
			button.addThemeVariants(ButtonVariant.LUMO_SMALL);
			button.getElement().setAttribute("aria-label", getTranslation(this.answered.contains(number)
					? "quizTake.navAnswered" : "quizTake.navOpen", number));
			if (this.answered.contains(number)) {
				button.addClassName("answered");
			}
			if (onePerPage && number == this.current) {
				button.addClassName("current");
			}
			this.navigator.add(button);
		}
	}

	void save(int slot, @Nullable String answer) {
		try {
			this.attempts.answer(this.sheet.attemptId(), slot, answer);
			if (answer == null || answer.isBlank()) {
				this.answered.remove(slot);
			}
			else {
				this.answered.add(slot);
			}
			this.saved.setText(getTranslation("quizTake.saved", slot));
			show(this.current);
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			if ("quiz.error.timeUp".equals(ex.messageKey()) || "quiz.error.alreadySubmitted".equals(ex.messageKey())) {
				doSubmit();
			}
		}
	}

	/** The unanswered question numbers. */
	List<Integer> unanswered() {
		return this.fields.stream().map(f -> f.question.slot()).filter(n -> !this.answered.contains(n)).toList();
	}

	void confirmSubmit() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("quizTake.confirmTitle"));
		List<Integer> open = unanswered();
		dialog.add(new Paragraph(open.isEmpty() ? getTranslation("quizTake.allAnswered")
				: getTranslation("quizTake.unanswered", open.size(),
						open.stream().map(String::valueOf).collect(Collectors.joining(", ")))));
		Button yes = new Button(getTranslation("quizTake.submitNow"), e -> {
			dialog.close();
			doSubmit();
		});
		yes.setDisableOnClick(true);
		yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button back = new Button(getTranslation("quizTake.keepWorking"), e -> dialog.close());
		dialog.getFooter().add(back, yes);
		this.confirm = dialog;
		dialog.open();
	}

	void doSubmit() {
		try {
			this.finished.accept(this.attempts.submit(this.sheet.attemptId()));
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
		}
	}

}
