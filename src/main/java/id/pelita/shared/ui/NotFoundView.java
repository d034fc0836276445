package id.pelita.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Shown with HTTP 404 for an address that is no page of the application. */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

	public NotFoundView() {
		addClassName("not-found-view");
		add(new H1(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound.text")),
				new Anchor("", getTranslation("error.backHome")));
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		return HttpStatusCode.NOT_FOUND.getCode();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("error.notFound.title");
	}

}
