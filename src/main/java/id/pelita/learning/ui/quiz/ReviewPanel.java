package id.pelita.learning.ui.quiz;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.pelita.learning.AttemptReview;
import id.pelita.learning.QuestionKind;

/** The review of a submitted attempt: each question with the person's answer, the right one and the points. */
class ReviewPanel extends Div {

	ReviewPanel(AttemptReview review) {
		add(new H3(getTranslation("quizReview.title")));
		for (AttemptReview.Item item : review.items()) {
			Div question = new Div();
			question.addClassName("quiz-question");
			question.add(new Span(getTranslation("quizReview.points", item.slot(), plain(item.awarded()), plain(item.maxPoints()))));
			question.add(new Paragraph(item.text()));
			if (!item.options().isEmpty()) {
				UnorderedList options = new UnorderedList();
				for (AttemptReview.Option option : item.options()) {
					String mark = (option.chosen() ? getTranslation("quizReview.chosen") + " " : "")
							+ (option.correct() ? getTranslation("quizReview.right") : "");
					ListItem entry = new ListItem(option.text() + (mark.isBlank() ? "" : " (" + mark.strip() + ")"));
					if (option.correct()) {
						entry.addClassName("quiz-review-right");
					}
					else if (option.chosen()) {
						entry.addClassName("quiz-review-wrong");
					}
					options.add(entry);
				}
				question.add(options);
			}
			else {
				question.add(new Paragraph(getTranslation("quizReview.given", given(item))));
				question.add(new Paragraph(getTranslation("quizReview.rightAnswer", right(item))));
			}
			add(question);
		}
	}

	private String given(AttemptReview.Item item) {
		if (item.given() == null) {
			return getTranslation("quizReview.none");
		}
		return item.kind() == QuestionKind.TRUE_FALSE ? getTranslation("quizTake." + item.given()) : item.given();
	}

	private String right(AttemptReview.Item item) {
		if (item.right() == null) {
			return "";
		}
		return item.kind() == QuestionKind.TRUE_FALSE ? getTranslation("quizTake." + item.right()) : item.right();
	}

	static String plain(java.math.BigDecimal value) {
		return QuizFormats.number(value);
	}

}
