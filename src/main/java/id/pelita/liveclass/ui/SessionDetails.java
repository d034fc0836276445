package id.pelita.liveclass.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import id.pelita.liveclass.LiveSession;

/** What a session page says about the session: course and run, when (in the reader's zone), who teaches, where. */
class SessionDetails extends Div {

	final Paragraph course = new Paragraph();

	final Paragraph when = new Paragraph();

	final Paragraph instructor = new Paragraph();

	final Div chips = new Div();

	final Paragraph cancelled = new Paragraph();

	SessionDetails() {
		this.cancelled.addClassName("field-error");
		add(this.course, this.when, this.instructor, this.chips, this.cancelled);
	}

	void show(LiveSession shown) {
		this.course.setText(getTranslation("sessionPage.course", shown.courseTitle(), shown.runName()));
		this.when.setText(SessionFormats.when(this, shown));
		this.instructor.setText(shown.instructor() == null ? ""
				: getTranslation("sessionPage.instructor", shown.instructor()));
		this.instructor.setVisible(shown.instructor() != null);
		this.chips.removeAll();
		this.chips.add(SessionFormats.chip(getTranslation(shown.providerLabelKey())));
		this.cancelled.setText(getTranslation(shown.cancelReason() == null ? "sessionPage.cancelled"
				: "sessionPage.cancelledBecause", shown.cancelReason()));
		this.cancelled.setVisible(shown.cancelled());
	}

}
