package id.pelita.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import id.pelita.notification.NoticeService;

/**
 * The bell in the header: the number of unread notices, counted again on every navigation and when notices are
 * marked read; a click opens the notice centre.
 */
class NoticeBell extends Div {

	private final transient NoticeService notices;

	final Button button = new Button(VaadinIcon.BELL.create());

	final Span badge = new Span();

	private Registration navigation;

	private Registration changes;

	NoticeBell(NoticeService notices) {
		this.notices = notices;
		addClassName("notice-bell");
		this.button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
		this.button.addClickListener(click -> click.getSource().getUI()
			.ifPresent(ui -> ui.navigate(NoticeCentreView.class)));
		this.badge.addClassName("notice-badge");
		add(this.button, this.badge);
	}

	/** Counts the unread notices again. */
	void refresh() {
		long unread = this.notices.myUnreadCount();
		this.badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
		this.badge.setVisible(unread > 0);
		String label = unread > 0 ? getTranslation("notices.bell.unread", unread) : getTranslation("notices.bell");
		this.button.setAriaLabel(label);
		this.button.setTooltipText(label);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		UI ui = event.getUI();
		refresh();
		this.navigation = ui.addAfterNavigationListener(navigated -> refresh());
		this.changes = ComponentUtil.addListener(ui, NoticesChanged.class, changed -> refresh());
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (this.navigation != null) {
			this.navigation.remove();
		}
		if (this.changes != null) {
			this.changes.remove();
		}
	}

}
