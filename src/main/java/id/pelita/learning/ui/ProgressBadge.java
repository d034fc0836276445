package id.pelita.learning.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.progressbar.ProgressBar;
import id.pelita.enrolment.MyCourseBadge;
import id.pelita.learning.CourseProgress;
import id.pelita.learning.ParticipantPath;

/** The learning progress on each confirmed course card of "my courses", with the way to the path. */
@org.springframework.stereotype.Component
class ProgressBadge implements MyCourseBadge {

	private final ParticipantPath path;

	ProgressBadge(ParticipantPath path) {
		this.path = path;
	}

	@Override
	public Optional<Component> badge(long runId) {
		return this.path.myProgress(runId).map(ProgressBadge::badge);
	}

	private static Component badge(CourseProgress progress) {
		UI ui = UI.getCurrent();
		Div badge = new Div();
		badge.addClassName("progress-line");
		String text = progress.completed() ? ui.getTranslation("learning.badge.completed")
				: ui.getTranslation("learning.badge.progress", progress.percent());
		badge.add(new ProgressBar(0, 100, progress.percent()),
				new Anchor(LearningPathView.route(progress.runId()), ui.getTranslation("learning.link.runPath") + " · "
						+ text));
		return badge;
	}

}
