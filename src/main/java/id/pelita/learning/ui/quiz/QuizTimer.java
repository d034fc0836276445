package id.pelita.learning.ui.quiz;

import java.time.Duration;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** "Sisa waktu 12:34", counted down in the browser (scripts/quiz-timer.js); at zero it tells the server. */
@JavaScript("context://scripts/quiz-timer.js")
class QuizTimer extends Span {

	QuizTimer() {
		addClassName("quiz-timer");
	}

	void start(Duration remaining) {
		setText(getTranslation("quizTake.timeLeft", remaining.toMinutes() + ":" + "%02d".formatted(remaining.toSecondsPart())));
		ObjectNode options = JsonNodeFactory.instance.objectNode();
		options.put("remaining", Math.max(0, remaining.toMillis()));
		options.put("template", getTranslation("quizTake.timeLeft", "{0}"));
		getElement().executeJs("window.pelitaQuiz.timer(this, $0)", options);
	}

	@ClientCallable
	void timeUp() {
		fireEvent(new TimeUpEvent(this));
	}

	Registration addTimeUpListener(ComponentEventListener<TimeUpEvent> listener) {
		return addListener(TimeUpEvent.class, listener);
	}

	static final class TimeUpEvent extends ComponentEvent<QuizTimer> {

		TimeUpEvent(QuizTimer source) {
			super(source, true);
		}

	}

}
