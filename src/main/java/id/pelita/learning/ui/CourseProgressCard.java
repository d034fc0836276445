package id.pelita.learning.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import id.pelita.learning.CourseProgress;
import id.pelita.learning.ParticipantPath;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.DashboardCard;

/** The dashboard's card of the participant's courses in progress: a progress bar and a link to each path. */
@org.springframework.stereotype.Component
class CourseProgressCard implements DashboardCard {

	private final ParticipantPath path;

	CourseProgressCard(ParticipantPath path) {
		this.path = path;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Optional<Component> card() {
		if (!CurrentUser.get().map(user -> user.hasRole(Role.PARTICIPANT)).orElse(false)) {
			return Optional.empty();
		}
		List<CourseProgress> mine = this.path.myProgress();
		return mine.isEmpty() ? Optional.empty() : Optional.of(new Panel(mine));
	}

	/** The card itself. */
	@StyleSheet("context://styles/learning.css")
	static final class Panel extends Div {

		Panel(List<CourseProgress> courses) {
			addClassName("course-card");
			addClassName("progress-card");
			add(new H3(getTranslation("learning.progressCard.heading")));
			for (CourseProgress course : courses) {
				Div line = new Div();
				line.addClassName("progress-line");
				Anchor title = new Anchor(LearningPathView.route(course.runId()), course.courseTitle());
				ProgressBar bar = new ProgressBar(0, 100, course.percent());
				Span text = new Span(course.completed() ? getTranslation("learning.path.completed")
						: getTranslation("learning.progressCard.percent", course.done(), course.total(), course.percent()));
				line.add(title, bar, text);
				add(line);
			}
		}

	}

}
