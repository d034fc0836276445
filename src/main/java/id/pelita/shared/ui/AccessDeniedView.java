package id.pelita.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Shown with HTTP 403 when a signed-in user opens a page their roles do not allow. */
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout
		implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

	public AccessDeniedView() {
		addClassName("access-denied-view");
		add(new H1(getTranslation("error.forbidden.title")), new Paragraph(getTranslation("error.forbidden.text")),
				new Anchor("", getTranslation("error.backHome")));
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
		return HttpStatusCode.FORBIDDEN.getCode();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("error.forbidden.title");
	}

}
