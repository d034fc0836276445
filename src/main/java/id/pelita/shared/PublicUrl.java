package id.pelita.shared;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address people reach Pelita at ({@code pelita.public-url}), for every absolute link the application hands
 * out: e-mails, calendar files, certificate QR codes. The one place that reads the setting.
 */
@Component
public class PublicUrl {

	private final String base;

	PublicUrl(@Value("${pelita.public-url:http://localhost:8080}") String base) {
		this.base = withoutTrailingSlash(base.strip());
		URI uri = URI.create(this.base);
		if (uri.getScheme() == null || uri.getHost() == null) {
			throw new IllegalArgumentException("pelita.public-url must be an absolute http(s) URL: " + base);
		}
	}

	/** Creates one for a given base address (tests, tools). */
	public static PublicUrl of(String base) {
		return new PublicUrl(base);
	}

	/** The base address without a trailing slash, e.g. {@code https://lms.bpsdm.bantenprov.go.id}. */
	public String base() {
		return this.base;
	}

	/** An absolute link to a path of the application ({@code /verifikasi/ABC} or {@code verifikasi/ABC}). */
	public String link(String path) {
		return this.base + (path.startsWith("/") ? path : "/" + path);
	}

	/** The host name alone, e.g. for iCalendar UIDs. */
	public String host() {
		return URI.create(this.base).getHost();
	}

	private static String withoutTrailingSlash(String url) {
		String result = url;
		while (result.endsWith("/")) {
			result = result.substring(0, result.length() - 1);
		}
		return result;
	}

	@Override
	public String toString() {
		return this.base;
	}

}
