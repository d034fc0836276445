package id.pelita.catalog;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * A course description is written in Markdown (with GFM tables). This turns it into HTML that is safe to put in a
 * page: raw HTML in the Markdown is shown as text, and the rendered HTML passes the OWASP sanitizer, which keeps
 * only formatting, blocks, lists, tables and http(s)/mailto links (with {@code rel="nofollow"}).
 */
public final class CourseDescription {

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("pre", "hr", "code")
			.allowAttributes("align")
			.matching(false, "left", "center", "right")
			.onElements("th", "td")
			.toFactory());

	private CourseDescription() {
	}

	/**
	 * The description as safe HTML with a single root element, {@code <div class="course-description">}, ready for
	 * Vaadin's {@code new Html(...)}.
	 */
	public static String toSafeHtml(@Nullable String markdown) {
		String html = markdown == null || markdown.isBlank() ? "" : RENDERER.render(PARSER.parse(markdown));
		return "<div class=\"course-description\">" + POLICY.sanitize(html) + "</div>";
	}

	/** The description without its Markdown marks, on one line: for summaries on cards and in lists. */
	public static String toPlainText(@Nullable String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return TEXT.render(PARSER.parse(markdown)).replaceAll("\\s+", " ").strip();
	}

}
