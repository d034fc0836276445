package id.pelita.benchmark.load;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.StringNode;

/**
 * Takes the quiz that is open in the user's UI as a participant does: "Mulai kuis" (or "Lanjutkan percobaan"),
 * one answer per visible question (each saved by the server as it is given), "Berikutnya" when the quiz shows one
 * question per page, then "Kumpulkan" and "Kumpulkan sekarang" in the confirmation. Every click and answer is one
 * timed interaction, with think time between them.
 */
final class QuizTaker {

	private static final List<String> FIELDS = List.of("vaadin-radio-group", "vaadin-checkbox-group",
			"vaadin-text-field");

	/** What a virtual user lends the quiz: its timed steps and its think time. */
	interface Steps {

		boolean step(String name, Supplier<Boolean> work);

		void think();

	}

	private final VaadinClient browser;

	private final Steps steps;

	QuizTaker(VaadinClient browser, Steps steps) {
		this.browser = browser;
		this.steps = steps;
	}

	/** True when the attempt was submitted and its result shown. */
	boolean take() {
		UiTree page = this.browser.tree();
		Optional<Integer> start = page.element("vaadin-button", "Mulai kuis")
			.or(() -> page.element("vaadin-button", "Lanjutkan percobaan"));
		if (start.isEmpty()) {
			return false;
		}
		if (!this.steps.step("quiz: start", () -> click(start.get()))) {
			return false;
		}
		Set<Integer> answered = new HashSet<>();
		for (int guard = 0; guard < 100; guard++) {
			Optional<Integer> field = open(answered);
			if (field.isPresent()) {
				this.steps.think();
				answered.add(field.get());
				if (!this.steps.step("quiz: answer save", () -> answer(field.get()))) {
					return false;
				}
				continue;
			}
			Optional<Integer> next = this.browser.tree().element("vaadin-button", "Berikutnya");
			if (next.isEmpty()) {
				break;
			}
			if (!this.steps.step("quiz: next question", () -> click(next.get()))) {
				return false;
			}
		}
		this.steps.think();
		return this.steps.step("quiz: submit", () -> click(this.browser.tree().element("vaadin-button", "Kumpulkan")
			.orElseThrow()) && click(this.browser.tree().element("vaadin-button", "Kumpulkan sekarang").orElseThrow())
				&& this.browser.tree().element("vaadin-button", "Kumpulkan").isEmpty());
	}

	private Optional<Integer> open(Set<Integer> answered) {
		for (String tag : FIELDS) {
			for (int id : this.browser.tree().elements(tag)) {
				if (!answered.contains(id)) {
					return Optional.of(id);
				}
			}
		}
		return Optional.empty();
	}

	private boolean answer(int field) {
		UiTree page = this.browser.tree();
		String tag = page.elements("vaadin-radio-group").contains(field) ? "vaadin-radio-group"
				: page.elements("vaadin-checkbox-group").contains(field) ? "vaadin-checkbox-group" : "vaadin-text-field";
		JsonNode value = switch (tag) {
			case "vaadin-radio-group" -> StringNode.valueOf(page.firstValue(field, "vaadin-radio-button").orElseThrow());
			case "vaadin-checkbox-group" -> {
				ArrayNode keys = VaadinClient.JSON.createArrayNode();
				keys.add(page.firstValue(field, "vaadin-checkbox").orElseThrow());
				yield keys;
			}
			default -> StringNode.valueOf("1");
		};
		this.browser.setValue(field, "value", value);
		return this.browser.tree().visibleText().contains("tersimpan");
	}

	private boolean click(int node) {
		this.browser.click(node);
		return true;
	}

}
