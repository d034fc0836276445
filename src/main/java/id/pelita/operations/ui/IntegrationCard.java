package id.pelita.operations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import id.pelita.operations.IntegrationLevel;

/**
 * One section of the integration page: a title, how the system stands, its facts as label and value rows, and
 * room for test buttons and their result. Any module's status fits one (the page is a list of these).
 */
class IntegrationCard extends Div {

	final Span level = new Span();

	final Div facts = new Div();

	final Div actions = new Div();

	final Span result = new Span();

	IntegrationCard(String id, String title, IntegrationLevel level) {
		setId("integration-" + id);
		addClassName("integration-card");
		this.level.addClassNames("integration-level", "level-" + level.name().toLowerCase(java.util.Locale.ROOT));
		this.level.setText(getTranslation(level.labelKey()));
		Div header = new Div(new H3(title), this.level);
		header.addClassName("integration-card-header");
		this.facts.addClassName("integration-facts");
		this.actions.addClassName("integration-actions");
		this.result.addClassName("integration-result");
		this.result.setVisible(false);
		add(header, this.facts, this.actions, this.result);
	}

	/** Adds a fact; an empty value shows as a dash. */
	IntegrationCard fact(String labelKey, String value) {
		Span label = new Span(getTranslation(labelKey));
		label.addClassName("integration-fact-label");
		Span text = new Span(value.isBlank() ? getTranslation("integrations.none") : value);
		text.addClassName("integration-fact-value");
		Div row = new Div(label, text);
		row.addClassName("integration-fact");
		this.facts.add(row);
		return this;
	}

	IntegrationCard action(Component... components) {
		this.actions.add(components);
		return this;
	}

	/** Shows the outcome of a test under the buttons. */
	void showResult(boolean success, String message) {
		this.result.setText(message);
		this.result.removeClassNames("success", "failure");
		this.result.addClassName(success ? "success" : "failure");
		this.result.setVisible(true);
	}

}
