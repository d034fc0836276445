package id.pelita.liveclass.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.pelita.liveclass.LiveSession;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.UserContext;

/**
 * A run's live sessions as its participants read them: date and time in their own zone, title, duration and
 * provider; for confirmed participants (and organisers) a link to each session's page, where they join.
 */
@StyleSheet("context://styles/schedule.css")
class RunSchedule extends Div {

	final UnorderedList list = new UnorderedList();

	final Paragraph empty = new Paragraph();

	RunSchedule(List<LiveSession> sessions, boolean mayOpen) {
		addClassName("run-schedule");
		ZoneId zone = UserContext.zone();
		Locale locale = UserContext.locale();
		this.empty.setText(getTranslation("schedule.runPage.empty"));
		this.empty.addClassName("empty-state");
		this.empty.setVisible(sessions.isEmpty());
		this.list.setVisible(!sessions.isEmpty());
		this.list.addClassName("run-schedule-list");
		for (LiveSession session : sessions) {
			ListItem item = new ListItem();
			Span when = new Span(IndonesianTime.date(session.startsAt(), zone, locale) + ", "
					+ ScheduleFormats.hours(session, zone, locale));
			when.addClassName("cell-title");
			Span title = new Span(session.title());
			title.addClassName("cell-line");
			if (session.cancelled()) {
				title.addClassName("session-cancelled");
			}
			Span facts = new Span(getTranslation("schedule.runPage.facts",
					ScheduleFormats.duration(this, session.durationMinutes()),
					getTranslation(session.providerLabelKey())));
			facts.addClassName("cell-line");
			item.add(when, title, facts);
			if (session.cancelled()) {
				item.add(ScheduleFormats.statusChip(this, session.status()));
			}
			else if (mayOpen) {
				Anchor open = new Anchor("sesi/" + session.id(), getTranslation("schedule.runPage.open"));
				open.addClassName("session-link");
				item.add(open);
			}
			this.list.add(item);
		}
		add(new H3(getTranslation("schedule.runPage.title")), this.list, this.empty);
	}

}
