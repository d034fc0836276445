package id.pelita.learning.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * "Selesai" in large type: shown on the path, and on a module, quiz or survey page the moment its step completes
 * the run (without a reload). Hidden until {@link #show()}.
 */
@StyleSheet("context://styles/learning.css")
public class CompletionBanner extends Div {

	public CompletionBanner() {
		addClassName("path-completed");
		add(new Span(getTranslation("learning.path.completed")));
		setVisible(false);
	}

	public void show() {
		setVisible(true);
	}

}
