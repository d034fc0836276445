package id.pelita.benchmark.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the server told one UI about its state nodes, rebuilt from the "changes" of every UIDL answer the way the
 * browser's state tree does: tags (feature 0), properties (1), children (2 and the other node lists), attributes
 * (3), listeners (4) with their event-data expressions from "constants", text nodes (7) and the poll interval (8).
 */
final class UiTree {

	private static final int ELEMENT_DATA = 0;

	private static final int PROPERTIES = 1;

	private static final int ATTRIBUTES = 3;

	private static final int LISTENERS = 4;

	private static final int TEXT = 7;

	private static final int POLL = 8;

	private final Map<Integer, Node> nodes = new HashMap<>();

	private final Map<String, JsonNode> constants = new HashMap<>();

	private int pollMillis = -1;

	/** Applies the constants and changes of one answer. */
	void apply(JsonNode answer) {
		answer.path("constants").properties().forEach(entry -> this.constants.put(entry.getKey(), entry.getValue()));
		for (JsonNode change : answer.path("changes")) {
			int id = change.path("node").asInt();
			String type = change.path("type").asString();
			if ("detach".equals(type)) {
				this.nodes.remove(id);
				continue;
			}
			Node node = this.nodes.computeIfAbsent(id, Node::new);
			int feature = change.path("feat").asInt(-1);
			switch (type) {
				case "put" -> put(node, feature, change);
				case "remove" -> node.values(feature).remove(change.path("key").asString());
				case "splice" -> splice(node, feature, change);
				case "clear" -> node.children.remove(feature);
				default -> {
				}
			}
		}
	}

	private void put(Node node, int feature, JsonNode change) {
		String key = change.path("key").asString();
		JsonNode value = change.has("nodeValue") ? change.get("nodeValue") : change.path("value");
		node.values(feature).put(key, value);
		if (feature == POLL && "pollInterval".equals(key) && node.id == 1) {
			this.pollMillis = value.asInt(-1);
		}
	}

	private static void splice(Node node, int feature, JsonNode change) {
		List<Integer> list = node.children.computeIfAbsent(feature, key -> new ArrayList<>());
		int index = Math.min(change.path("index").asInt(), list.size());
		int remove = Math.min(change.path("remove").asInt(0), list.size() - index);
		for (int i = 0; i < remove; i++) {
			list.remove(index);
		}
		List<Integer> added = new ArrayList<>();
		change.path("addNodes").forEach(id -> added.add(id.asInt()));
		list.addAll(index, added);
	}

	/** The poll interval the server set on the UI, or -1 when it does not poll. */
	int pollMillis() {
		return this.pollMillis;
	}

	/**
	 * The visible, enabled element with this tag whose text (of its text-node descendants) is exactly
	 * {@code text}.
	 */
	Optional<Integer> element(String tag, String text) {
		return visible(1).stream()
			.filter(node -> tag.equals(node.tag()) && text.equals(text(node).strip())
					&& node.values(ATTRIBUTES).get("disabled") == null)
			.map(node -> node.id)
			.findFirst();
	}

	/**
	 * The enabled button with exactly this text that sits directly in an element whose text contains
	 * {@code context} (the "Buka" of one module card), the innermost such element first.
	 */
	Optional<Integer> buttonIn(String context, String text) {
		List<Node> all = visible(1);
		for (int i = all.size() - 1; i >= 0; i--) {
			Node container = all.get(i);
			if (!text(container).contains(context)) {
				continue;
			}
			for (Node child : children(container)) {
				if (child.visible() && "vaadin-button".equals(child.tag()) && text.equals(text(child).strip())
						&& child.values(ATTRIBUTES).get("disabled") == null) {
					return Optional.of(child.id);
				}
			}
		}
		return Optional.empty();
	}

	/** The visible elements with this tag, in document order. */
	List<Integer> elements(String tag) {
		return visible(1).stream().filter(node -> tag.equals(node.tag())).map(node -> node.id).toList();
	}

	/** The {@code value} property of the first visible descendant with this tag (a radio button's item key). */
	Optional<String> firstValue(int id, String tag) {
		Node node = this.nodes.get(id);
		if (node == null) {
			return Optional.empty();
		}
		List<Node> below = new ArrayList<>();
		collect(node, below);
		return below.stream()
			.filter(child -> tag.equals(child.tag()) && child.values(PROPERTIES).get("value") != null)
			.map(child -> child.values(PROPERTIES).get("value").asString())
			.findFirst();
	}

	/** The {@code href} attributes of the visible anchors, in document order. */
	List<String> links() {
		List<String> links = new ArrayList<>();
		for (Node node : visible(1)) {
			JsonNode href = node.values(ATTRIBUTES).get("href");
			if (href != null && href.isString()) {
				links.add(href.asString());
			}
		}
		return links;
	}

	/** The event-data expressions of a listener, answered as a browser with a plain left click would. */
	Map<String, Object> eventData(int id, String event) {
		Map<String, Object> data = new LinkedHashMap<>();
		Node node = this.nodes.get(id);
		JsonNode listener = node == null ? null : node.values(LISTENERS).get(event);
		JsonNode expressions = listener == null ? null : this.constants.get(listener.asString());
		if (expressions != null) {
			for (String expression : expressions.propertyNames()) {
				if (expression.startsWith("event.")) {
					data.put(expression, expression.endsWith("Key") ? (Object) Boolean.FALSE
							: expression.equals("event.detail") ? 1 : 0);
				}
			}
		}
		return data;
	}

	/** The name of the listener of the node that synchronises {@code property} ("change" for a text field). */
	Optional<String> syncEvent(int id, String property) {
		Node node = this.nodes.get(id);
		if (node == null) {
			return Optional.empty();
		}
		for (Map.Entry<String, JsonNode> listener : node.values(LISTENERS).entrySet()) {
			JsonNode expressions = this.constants.get(listener.getValue().asString());
			if (expressions != null && expressions.has("}" + property)) {
				return Optional.of(listener.getKey());
			}
		}
		return Optional.empty();
	}

	String text(int id) {
		Node node = this.nodes.get(id);
		return node == null ? "" : text(node).strip();
	}

	/** The whole visible text of the UI, for diagnostics and checks. */
	String visibleText() {
		return text(1);
	}

	private String text(Node node) {
		StringBuilder text = new StringBuilder();
		JsonNode value = node.values(TEXT).get("text");
		if (value != null) {
			text.append(value.asString());
		}
		for (Node child : children(node)) {
			if (child.visible()) {
				text.append(text(child));
			}
		}
		return text.toString();
	}

	private List<Node> visible(int rootId) {
		List<Node> result = new ArrayList<>();
		Node root = this.nodes.get(rootId);
		if (root != null) {
			collect(root, result);
		}
		return result;
	}

	private void collect(Node node, List<Node> result) {
		result.add(node);
		for (Node child : children(node)) {
			if (child.visible()) {
				collect(child, result);
			}
		}
	}

	private List<Node> children(Node node) {
		List<Node> children = new ArrayList<>();
		node.children.values().forEach(ids -> ids.forEach(id -> {
			Node child = this.nodes.get(id);
			if (child != null) {
				children.add(child);
			}
		}));
		return children;
	}

	/** One state node. */
	private static final class Node {

		final int id;

		final Map<Integer, Map<String, JsonNode>> features = new HashMap<>();

		final Map<Integer, List<Integer>> children = new LinkedHashMap<>();

		Node(int id) {
			this.id = id;
		}

		Map<String, JsonNode> values(int feature) {
			return this.features.computeIfAbsent(feature, key -> new HashMap<>());
		}

		@Nullable String tag() {
			JsonNode tag = values(ELEMENT_DATA).get("tag");
			return tag == null ? null : tag.asString();
		}

		boolean visible() {
			JsonNode visible = values(ELEMENT_DATA).get("visible");
			JsonNode hidden = values(ATTRIBUTES).get("hidden");
			return (visible == null || visible.asBoolean(true)) && hidden == null;
		}

	}

	static int propertiesFeature() {
		return PROPERTIES;
	}

}
