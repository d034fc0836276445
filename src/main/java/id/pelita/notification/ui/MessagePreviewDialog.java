package id.pelita.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import id.pelita.notification.MessagePreview;

/**
 * A message as its recipient gets it: subject, plain text, and the HTML part in a sandboxed frame (no scripts, no
 * forms, no navigation).
 */
class MessagePreviewDialog extends Dialog {

	final Paragraph subject = new Paragraph();

	final Pre text = new Pre();

	final IFrame html = new IFrame();

	MessagePreviewDialog(MessagePreview preview) {
		setHeaderTitle(getTranslation("outbox.preview") + " #" + preview.id());
		setWidth("min(900px, 95vw)");
		Paragraph to = new Paragraph(preview.email() == null ? getTranslation("outbox.preview.noEmail")
				: getTranslation("outbox.preview.to", preview.email()));
		this.subject.setText(getTranslation("outbox.preview.subject", preview.subject()));
		this.text.setText(preview.text());
		this.text.addClassName("message-text");
		this.html.setSrcdoc(preview.html());
		this.html.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
		this.html.addClassName("message-html");
		add(to, this.subject);
		if (preview.calendarMethod() != null) {
			add(new Paragraph(getTranslation("outbox.preview.calendar", preview.calendarMethod())));
		}
		add(new H4(getTranslation("outbox.preview.html")), this.html, new H4(getTranslation("outbox.preview.text")),
				this.text);
		getFooter().add(new Button(getTranslation("action.close"), click -> close()));
	}

}
