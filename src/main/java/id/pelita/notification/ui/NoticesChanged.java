package id.pelita.notification.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when notices were marked read on this page, so that the bell counts again at once. */
class NoticesChanged extends ComponentEvent<UI> {

	NoticesChanged(UI ui) {
		super(ui, false);
	}

}
