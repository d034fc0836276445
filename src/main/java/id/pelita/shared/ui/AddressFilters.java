package id.pelita.shared.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;

/**
 * The filters of a list page kept in its address ({@code ?q=...&unit=...}), so that a reload, a bookmark or a
 * shared link shows the same list. Values are stripped and blank ones left out; the address is replaced, not pushed, so the back
 * button does not step through every keystroke.
 */
public final class AddressFilters {

	private final String route;

	private final Map<String, String> values = new LinkedHashMap<>();

	private AddressFilters(String route) {
		this.route = route;
	}

	/** Filters of the page at {@code route} (without leading slash). */
	public static AddressFilters of(String route) {
		return new AddressFilters(route);
	}

	/** Adds a parameter unless its value is null or blank. */
	public AddressFilters with(String name, @Nullable Object value) {
		String text = value == null ? "" : value.toString().strip();
		if (!text.isEmpty()) {
			this.values.put(name, text);
		}
		return this;
	}

	public QueryParameters parameters() {
		return QueryParameters.simple(this.values);
	}

	/** Writes the filters into the address of the page the view is shown on. */
	public void write(Component view) {
		QueryParameters parameters = parameters();
		view.getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(this.route, parameters)));
	}

}
