package id.pelita.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser's cookies over plain HTTP, for what the web server answers below the pages: sign in, then ask. */
public final class BrowserSession {

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\"[^>]*?(?:content|value)=\"([^\"]+)\"");

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final int port;

	public BrowserSession(int port) {
		this.port = port;
	}

	/**
	 * Posts the sign-in form as a browser does: it first loads the sign-in page, then sends the form with the
	 * page's CSRF token.
	 */
	public HttpResponse<String> signIn(String login, String password) throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>();
		Matcher token = CSRF_TOKEN.matcher(get("/login").body());
		if (token.find()) {
			form.put("_csrf", token.group(1));
		}
		form.put("username", login);
		form.put("password", password);
		String body = form.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
