package id.pelita.learning.internal.path;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pelita.shared.UserFacingException;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Lessons are Markdown (commonmark-java, GFM tables). Raw HTML in the Markdown is shown as text, the rendered HTML
 * passes the OWASP sanitizer, and images may only come from the lesson images Pelita stores itself
 * ({@code /materi/gambar/<sha256>.<ext>}). A lesson that tries to bring active content ({@code <script>},
 * {@code <iframe>}, {@code javascript:} links, event handlers) is refused with a message rather than silently
 * changed, so the organiser knows what will not be shown.
 */
public final class LessonHtml {

	/** Where lesson images are served. */
	public static final String IMAGE_PATH = "/materi/gambar/";

	private static final Pattern IMAGE_SOURCE = Pattern.compile("/materi/gambar/[0-9a-f]{64}\\.(?:png|jpg|webp|gif)");

	private static final Pattern ACTIVE = Pattern.compile(
			"(?i)<\\s*(script|iframe|object|embed|style|form|svg)\\b|javascript\\s*:|<[^>]+\\son[a-z]+\\s*=");

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("img")
			.allowAttributes("alt", "title")
			.onElements("img")
			.allowAttributes("src")
			.matching(IMAGE_SOURCE)
			.onElements("img")
			.allowUrlProtocols("http", "https")
			.allowElements("pre", "hr", "code")
			.toFactory());

	/** The longest lesson text. */
	public static final int MAX_LENGTH = 100_000;

	private LessonHtml() {
	}

	/** Refuses a lesson text that is too long or carries active content, naming what was found. */
	public static void check(@Nullable String markdown) {
		if (markdown == null) {
			return;
		}
		if (markdown.length() > MAX_LENGTH) {
			throw new UserFacingException("learning.error.lessonTooLong", MAX_LENGTH);
		}
		Matcher active = ACTIVE.matcher(markdown);
		if (active.find()) {
			throw new UserFacingException("learning.error.lessonActiveContent",
					active.group().strip().toLowerCase(Locale.ROOT));
		}
	}

	/** The lesson as safe HTML with a single root element, {@code <div class="lesson">}. */
	public static String render(@Nullable String markdown) {
		String html = markdown == null || markdown.isBlank() ? "" : RENDERER.render(PARSER.parse(markdown));
		return "<div class=\"lesson\">" + POLICY.sanitize(html) + "</div>";
	}

}
