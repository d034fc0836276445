package id.pelita.benchmark.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser as the server sees it, speaking Vaadin Flow's own protocol over HTTP: its cookies (the session), the
 * sign-in form with its CSRF token, the bootstrap page of a route, the init request ({@code ?v-r=init}) that creates
 * a UI, and UIDL requests ({@code ?v-r=uidl}) with the UI's CSRF token, the server's sync id and the client's
 * message id, carrying router navigations, clicks and property changes on the nodes the server announced. The
 * browser details sent with the init request are those headless Chromium sends.
 */
final class VaadinClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final String BROWSER_DETAILS = "&v-sh=800&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280"
			+ "&v-tzo=-420&v-dstd=0&v-rtzo=-420&v-dston=false&v-tzid=Asia%2FJakarta&v-td=false&v-pr=1"
			+ "&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
			+ "&v-tn=lumo&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false";

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final URI base;

	private final HttpClient http;

	private int uiId = -1;

	private String csrfToken = "";

	private int syncId;

	private int clientId;

	private UiTree tree = new UiTree();

	VaadinClient(URI base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(TIMEOUT)
			.build();
	}

	/** Signs in through the form: the page's CSRF token, then the post; true when sent on to a page, not back. */
	boolean signIn(String username, String password) {
		String page = get("login").body();
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("No _csrf meta tag on the sign-in page");
		}
		String form = "_csrf=" + encode(csrf.group(1)) + "&username=" + encode(username) + "&password="
				+ encode(password);
		HttpResponse<String> answer = send(HttpRequest.newBuilder(this.base.resolve("login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		String location = answer.headers().firstValue("Location").orElse("");
		return answer.statusCode() == 302 && !location.contains("login");
	}

	/**
	 * Opens a route as a full page load does: the bootstrap page, the init request (a new UI on the server), and
	 * the router's navigation event that renders the view.
	 */
	void open(String route) {
		HttpResponse<String> page = get(route);
		if (page.statusCode() != 200) {
			throw new IllegalStateException("GET /" + route + " answered " + page.statusCode());
		}
		String[] parts = route.split("\\?", 2);
		String init = "?v-r=init&location=" + encode(parts[0]) + "&query=" + encode(parts.length > 1 ? parts[1] : "")
				+ BROWSER_DETAILS + "&v-curdate=" + System.currentTimeMillis() + "&v-wn=v-load-" + System.nanoTime();
		HttpResponse<String> answer = get(init);
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("init of /" + route + " answered " + answer.statusCode());
		}
		JsonNode config = JSON.readTree(answer.body()).path("appConfig");
		JsonNode uidl = config.path("uidl");
		this.uiId = config.path("v-uiId").asInt();
		this.csrfToken = uidl.path("Vaadin-Security-Key").asString();
		this.syncId = uidl.path("syncId").asInt(-1);
		this.clientId = uidl.path("clientId").asInt(0);
		this.tree = new UiTree();
		this.tree.apply(uidl);
		navigate(route);
	}

	/** Moves the open UI to another route as a router link does (no page load, the same UI). */
	void navigate(String route) {
		String[] parts = route.split("\\?", 2);
		ObjectNode data = JSON.createObjectNode();
		data.put("route", "/" + parts[0]);
		data.put("query", parts.length > 1 ? parts[1] : "");
		data.put("appShellTitle", "");
		data.putObject("historyState").put("idx", 0);
		data.put("trigger", "");
		uidl(List.of(event(1, "ui-navigate", data)));
	}

	/** Clicks a visible button by its exact text. */
	void click(String text) {
		int node = this.tree.element("vaadin-button", text)
			.orElseThrow(() -> new IllegalStateException("No button \"" + text + "\" on the page"));
		click(node);
	}

	void click(int node) {
		ObjectNode data = JSON.createObjectNode();
		this.tree.eventData(node, "click").forEach((key, value) -> {
			if (value instanceof Boolean flag) {
				data.put(key, flag);
			}
			else {
				data.put(key, (Integer) value);
			}
		});
		uidl(List.of(event(node, "click", data)));
	}

	/** Sets a property of a field as the user's typing does, with the event that synchronises it. */
	void setValue(int node, String property, JsonNode value) {
		ObjectNode sync = JSON.createObjectNode();
		sync.put("type", "mSync");
		sync.put("node", node);
		sync.put("feature", UiTree.propertiesFeature());
		sync.put("property", property);
		sync.set("value", value);
		String event = this.tree.syncEvent(node, property).orElse("change");
		uidl(List.of(sync, event(node, event, JSON.createObjectNode())));
	}

	/** One poll, as the browser sends at the interval a view asked for. */
	void poll() {
		uidl(List.of(event(1, "ui-poll", null)));
	}

	UiTree tree() {
		return this.tree;
	}

	/** A plain GET in this browser's session (a file, a JSON endpoint). */
	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(this.base.resolve(path)).GET());
	}

	private static ObjectNode event(int node, String name, @Nullable ObjectNode data) {
		ObjectNode event = JSON.createObjectNode();
		event.put("type", "event");
		event.put("node", node);
		event.put("event", name);
		if (data != null) {
			event.set("data", data);
		}
		return event;
	}

	private void uidl(List<ObjectNode> rpcs) {
		ObjectNode message = JSON.createObjectNode();
		message.put("csrfToken", this.csrfToken);
		ArrayNode rpc = message.putArray("rpc");
		rpcs.forEach(rpc::add);
		message.put("syncId", this.syncId);
		message.put("clientId", this.clientId);
		HttpResponse<String> answer = send(HttpRequest
			.newBuilder(this.base.resolve("?v-r=uidl&v-uiId=" + this.uiId))
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(message.toString())));
		String body = answer.body();
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("UIDL answered " + answer.statusCode());
		}
		if (body.startsWith("for(;;);")) {
			body = body.substring("for(;;);".length());
		}
		JsonNode json = JSON.readTree(body);
		if (json.isArray()) {
			json = json.get(0);
		}
		if (json.has("meta") && json.path("meta").has("sessionExpired")) {
			throw new IllegalStateException("Session expired");
		}
		if (json.path("meta").path("appError").isObject()) {
			throw new IllegalStateException("Server error: " + json.path("meta").path("appError"));
		}
		this.tree.apply(json);
		this.syncId = json.path("syncId").asInt(this.syncId);
		this.clientId = json.path("clientId").asInt(this.clientId + 1);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
