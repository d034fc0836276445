package id.pelita.notification.ui;

import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.pelita.notification.Notice;
import id.pelita.shared.time.IndonesianTime;

/** One notice in the list: title, text, when, and its actions; unread ones stand out. */
class NoticeCard extends Div {

	final Notice notice;

	final H4 title = new H4();

	final Button open = new Button();

	final Button markRead = new Button();

	NoticeCard(Notice notice, ZoneId zone, Locale locale) {
		this.notice = notice;
		addClassName("notice-card");
		this.title.setText(notice.title());
		Paragraph body = new Paragraph(notice.body());
		body.addClassName("notice-body");
		Span when = new Span(IndonesianTime.dateTime(notice.createdAt(), zone, locale));
		when.addClassName("notice-time");
		Div heading = new Div(this.title);
		heading.addClassName("notice-heading");
		this.open.setText(getTranslation("notices.open"));
		this.open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
		this.open.setVisible(notice.link() != null);
		this.markRead.setText(getTranslation("notices.markRead"));
		this.markRead.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		HorizontalLayout actions = new HorizontalLayout(this.open, this.markRead);
		actions.setWrap(true);
		add(heading, body, when, actions);
		showRead(notice.read());
	}

	void showRead(boolean read) {
		if (read) {
			removeClassName("unread");
			this.title.getElement().removeAttribute("data-new");
		}
		else {
			addClassName("unread");
			this.title.getElement().setAttribute("data-new", getTranslation("notices.new"));
		}
		this.markRead.setVisible(!read);
	}

	boolean unread() {
		return hasClassName("unread");
	}

}
