package id.pelita.shared.ui;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import org.springframework.stereotype.Component;

/** Gives every new page the session's language: the signed-in user's, the one chosen, or Indonesian. */
@Component
class UiInitializer implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(uiEvent -> {
			VaadinSession session = uiEvent.getUI().getSession();
			Locale locale = UserContext.initialLocale(session);
			session.setLocale(locale);
			uiEvent.getUI().setLocale(locale);
		});
	}

}
