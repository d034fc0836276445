package id.pelita.notification.internal;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One message in one language: the e-mail's subject, plain text and HTML (every value escaped), the notice's title,
 * body and link, and the calendar object to attach.
 *
 * @param link the absolute address the e-mail's button leads to
 * @param appLink the same page as the notice centre links it: a path of the application (no leading slash) or an
 * outside address
 */
public record RenderedMessage(Locale locale, String subject, String greeting, List<String> paragraphs,
		@Nullable String actionLabel, @Nullable String link, @Nullable String appLink, String linkHelp, String footer,
		@Nullable Calendar calendar) {

	/** An iCalendar object sent with the message; {@code method} is its METHOD (REQUEST, CANCEL). */
	public record Calendar(String method, String ics) {
	}

	/** The notice's text: the message without greeting and footer. */
	public String body() {
		return String.join("\n\n", this.paragraphs);
	}

	public String text() {
		StringBuilder text = new StringBuilder(this.greeting).append("\n\n");
		this.paragraphs.forEach(paragraph -> text.append(paragraph).append("\n\n"));
		if (this.link != null) {
			text.append(this.actionLabel == null ? "" : this.actionLabel + ": ").append(this.link).append("\n\n");
		}
		return text.append("-- \n").append(this.footer).append('\n').toString();
	}

	public String html() {
		StringBuilder html = new StringBuilder(2048);
		html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(this.locale.getLanguage())).append("\">\n<head>")
			.append("<meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
			.append("<title>").append(escape(this.subject)).append("</title></head>\n")
			.append("<body style=\"margin:0;padding:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif;")
			.append("color:#1f2937;\">\n<div style=\"max-width:600px;margin:0 auto;padding:24px;background:#ffffff;\">\n")
			.append("<p style=\"margin:0 0 16px;font-size:18px;font-weight:bold;color:#0b5394;\">Pelita LMS</p>\n")
			.append(paragraph(this.greeting));
		this.paragraphs.forEach(paragraph -> html.append(paragraph(paragraph)));
		if (this.link != null) {
			String href = escape(this.link);
			html.append("<p style=\"margin:24px 0;\"><a href=\"").append(href)
				.append("\" style=\"background:#0b5394;color:#ffffff;padding:10px 18px;border-radius:4px;")
				.append("text-decoration:none;display:inline-block;\">")
				.append(escape(this.actionLabel == null ? this.link : this.actionLabel))
				.append("</a></p>\n<p style=\"margin:0 0 12px;font-size:13px;color:#4b5563;\">")
				.append(escape(this.linkHelp))
				.append("<br><a href=\"").append(href).append("\" style=\"color:#0b5394;word-break:break-all;\">")
				.append(href)
				.append("</a></p>\n");
		}
		return html.append("<hr style=\"border:none;border-top:1px solid #e5e7eb;margin:24px 0 12px;\">\n")
			.append("<p style=\"margin:0;font-size:12px;color:#6b7280;\">")
			.append(escape(this.footer))
			.append("</p>\n</div>\n</body>\n</html>\n")
			.toString();
	}

	private static String paragraph(String text) {
		return "<p style=\"margin:0 0 12px;line-height:1.5;\">" + escape(text).replace("\n", "<br>") + "</p>\n";
	}

	/** Escapes text for HTML content and attribute values. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
