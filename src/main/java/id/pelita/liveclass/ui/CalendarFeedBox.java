package id.pelita.liveclass.ui;

import java.time.Instant;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.pelita.liveclass.CalendarFeedService;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;

/**
 * The person's own calendar feed: whether they have one and since when, the address right after it is made (it is
 * not shown again), how to subscribe to it in Google Calendar or Outlook, and buttons to make, renew (the old
 * address stops working) or revoke it.
 */
class CalendarFeedBox extends Div {

	private final transient CalendarFeedService feeds;

	final Paragraph status = new Paragraph();

	final TextField link = new TextField();

	final Button create = new Button();

	final Button renew = new Button();

	final Button revoke = new Button();

	CalendarFeedBox(CalendarFeedService feeds) {
		this.feeds = feeds;
		addClassName("calendar-feed");
		this.link.setLabel(getTranslation("schedule.feed.link"));
		this.link.setHelperText(getTranslation("schedule.feed.linkOnce"));
		this.link.setReadOnly(true);
		this.link.setWidthFull();
		this.link.setVisible(false);
		this.create.setText(getTranslation("schedule.feed.create"));
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener(click -> makeLink("schedule.feed.created"));
		this.renew.setText(getTranslation("schedule.feed.renew"));
		this.renew.addClickListener(click -> confirm("schedule.feed.renewTitle", "schedule.feed.renewText",
				"schedule.feed.renew", () -> makeLink("schedule.feed.renewed")));
		this.revoke.setText(getTranslation("schedule.feed.revoke"));
		this.revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.revoke.addClickListener(click -> confirm("schedule.feed.revokeTitle", "schedule.feed.revokeText",
				"schedule.feed.revoke", this::revokeLink));
		UnorderedList steps = new UnorderedList(new ListItem(getTranslation("schedule.feed.howGoogle")),
				new ListItem(getTranslation("schedule.feed.howOutlook")),
				new ListItem(getTranslation("schedule.feed.howPhone")));
		Details howTo = new Details(getTranslation("schedule.feed.howTitle"),
				new Div(steps, new Paragraph(getTranslation("schedule.feed.howRefresh"))));
		add(new H3(getTranslation("schedule.feed.title")), new Paragraph(getTranslation("schedule.feed.intro")),
				this.status, this.link, new HorizontalLayout(this.create, this.renew, this.revoke), howTo);
		showStatus();
	}

	private void makeLink(String successKey) {
		this.link.setValue(this.feeds.renew());
		this.link.setVisible(true);
		Notices.success(successKey);
		showStatus();
	}

	private void revokeLink() {
		this.feeds.revoke();
		this.link.clear();
		this.link.setVisible(false);
		Notices.success("schedule.feed.revoked");
		showStatus();
	}

	private void showStatus() {
		Optional<Instant> since = this.feeds.linkCreatedAt();
		this.status.setText(since
			.map(at -> getTranslation("schedule.feed.active",
					IndonesianTime.dateTime(at, UserContext.zone(), UserContext.locale())))
			.orElseGet(() -> getTranslation("schedule.feed.none")));
		this.create.setVisible(since.isEmpty());
		this.renew.setVisible(since.isPresent());
		this.revoke.setVisible(since.isPresent());
	}

	private void confirm(String titleKey, String textKey, String confirmKey, Runnable action) {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(getTranslation(titleKey));
		dialog.setText(getTranslation(textKey));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("action.cancel"));
		dialog.setConfirmText(getTranslation(confirmKey));
		dialog.setConfirmButtonTheme("error primary");
		dialog.addConfirmListener(event -> action.run());
		dialog.open();
	}

}
