package id.pelita.notification.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pelita.notification.Notice;
import id.pelita.notification.NoticeService;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.UserContext;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.PermitAll;

/**
 * The notice centre ({@code /notifikasi}): every message the platform sent the person, newest first, twenty at a
 * time with "show more"; unread ones stand out until opened or marked read.
 */
@Route("notifikasi")
@Menu(title = "menu.notices", icon = "vaadin:bell", order = 85)
@PermitAll
class NoticeCentreView extends VerticalLayout implements HasDynamicTitle {

	static final int PAGE = 20;

	private final transient NoticeService notices;

	final Span summary = new Span();

	final Button markAllRead = new Button();

	final Div list = new Div();

	final Button loadMore = new Button();

	final Paragraph empty = new Paragraph();

	final List<NoticeCard> cards = new ArrayList<>();

	NoticeCentreView(NoticeService notices) {
		this.notices = notices;
		addClassName("page");
		this.summary.addClassName("notice-summary");
		this.markAllRead.setText(getTranslation("notices.markAllRead"));
		this.markAllRead.setIcon(VaadinIcon.CHECK.create());
		this.markAllRead.addClickListener(click -> markAllRead());
		this.list.addClassName("notice-list");
		this.loadMore.setText(getTranslation("notices.loadMore"));
		this.loadMore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.loadMore.addClickListener(click -> loadMore());
		this.empty.setText(getTranslation("notices.empty"));
		this.empty.addClassName("empty-state");
		HorizontalLayout toolbar = new HorizontalLayout(this.summary, this.markAllRead);
		toolbar.setAlignItems(Alignment.CENTER);
		toolbar.setWrap(true);
		add(new H2(getTranslation("notices.title")), toolbar, this.empty, this.list, this.loadMore);
		loadMore();
	}

	private void loadMore() {
		Locale locale = UserContext.locale();
		List<Notice> page = this.notices.myNotices(this.cards.size(), PAGE, locale, UserContext.zone());
		for (Notice notice : page) {
			NoticeCard card = new NoticeCard(notice, UserContext.zone(), locale);
			card.open.addClickListener(click -> open(card));
			card.markRead.addClickListener(click -> markRead(card));
			this.cards.add(card);
			this.list.add(card);
		}
		this.loadMore.setVisible(page.size() == PAGE && this.cards.size() < this.notices.myNoticeCount());
		this.empty.setVisible(this.cards.isEmpty());
		showUnread();
	}

	private void open(NoticeCard card) {
		markRead(card);
		String link = card.notice.link();
		if (link == null) {
			return;
		}
		getUI().ifPresent(ui -> {
			if (link.startsWith("http://") || link.startsWith("https://")) {
				ui.getPage().setLocation(link);
			}
			else {
				ui.navigate(link);
			}
		});
	}

	private void markRead(NoticeCard card) {
		if (card.unread()) {
			this.notices.markRead(card.notice.id());
			card.showRead(true);
			changed();
		}
	}

	private void markAllRead() {
		int marked = this.notices.markAllRead();
		this.cards.forEach(card -> card.showRead(true));
		Notices.success("notices.markedAllRead", marked);
		changed();
	}

	private void changed() {
		showUnread();
		getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new NoticesChanged(ui)));
	}

	private void showUnread() {
		long unread = this.notices.myUnreadCount();
		this.summary.setText(unread > 0 ? getTranslation("notices.unreadSummary", unread)
				: getTranslation("notices.allReadSummary"));
		this.markAllRead.setEnabled(unread > 0);
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "notices.title");
	}

}
