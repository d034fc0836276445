package id.pelita.operations.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.pelita.shared.audit.AuditRecord;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.UserContext;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The details of one audit entry: who, on behalf of what, from where, and each changed field before and after. */
class AuditEntryDialog extends Dialog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final Grid<Change> changes = new Grid<>();

	/** One field of the entry: its value before and after (empty when the entry has no such side). */
	record Change(String field, String before, String after) {
	}

	AuditEntryDialog(AuditRecord entry, String onBehalfAgency, String subjectAgency) {
		setHeaderTitle(getTranslation("audit.action." + entry.action()));
		Div facts = new Div();
		facts.addClassName("audit-details");
		fact(facts, "audit.column.when", IndonesianTime.dateTime(entry.occurredAt(), UserContext.zone(),
				UserContext.locale()));
		fact(facts, "audit.column.actor", AuditLogView.actor(entry));
		fact(facts, "audit.column.roles", entry.actorRoles());
		fact(facts, "audit.column.agency", onBehalfAgency);
		fact(facts, "audit.column.apiToken", entry.apiTokenId() == null ? null : entry.apiTokenId().toString());
		fact(facts, "audit.column.object", getTranslation("audit.object." + entry.objectType())
				+ (entry.objectId() == null ? "" : " " + entry.objectId()));
		fact(facts, "audit.column.subjectAccount",
				entry.subjectAccountId() == null ? null : entry.subjectAccountId().toString());
		fact(facts, "audit.column.subjectAgency", subjectAgency);
		fact(facts, "audit.column.address", entry.address());
		fact(facts, "audit.column.userAgent", entry.userAgent());
		this.changes.addColumn(Change::field).setHeader(getTranslation("audit.details.field")).setAutoWidth(true);
		this.changes.addColumn(Change::before).setHeader(getTranslation("audit.column.before")).setFlexGrow(1);
		this.changes.addColumn(Change::after).setHeader(getTranslation("audit.column.after")).setFlexGrow(1);
		this.changes.setItems(changes(entry).values());
		this.changes.setAllRowsVisible(true);
		add(facts, this.changes);
		getFooter().add(new Button(getTranslation("audit.details.close"), click -> close()));
		setWidth("min(56rem, 100%)");
	}

	private void fact(Div facts, String labelKey, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		Div line = new Div(new Span(getTranslation(labelKey) + ": "), new Span(value));
		facts.add(line);
	}

	/** The fields of the entry's before and after, in order, with their values as text. */
	static Map<String, Change> changes(AuditRecord entry) {
		Map<String, Object> before = read(entry.beforeJson());
		Map<String, Object> after = read(entry.afterJson());
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		Map<String, Change> changes = new LinkedHashMap<>();
		for (String field : fields) {
			changes.put(field, new Change(field, text(before, field), text(after, field)));
		}
		return changes;
	}

	private static String text(Map<String, Object> values, String field) {
		if (!values.containsKey(field)) {
			return "";
		}
		Object value = values.get(field);
		return value == null ? "-" : value.toString();
	}

	private static Map<String, Object> read(@Nullable String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

}
