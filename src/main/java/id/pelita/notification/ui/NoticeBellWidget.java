package id.pelita.notification.ui;

import com.vaadin.flow.component.Component;
import id.pelita.notification.NoticeService;
import id.pelita.shared.ui.HeaderWidget;

/** Puts the {@link NoticeBell} into the header of every signed-in page. */
@org.springframework.stereotype.Component
class NoticeBellWidget implements HeaderWidget {

	private final NoticeService notices;

	NoticeBellWidget(NoticeService notices) {
		this.notices = notices;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Component create() {
		return new NoticeBell(this.notices);
	}

}
