package id.pelita.shared.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What one audit entry says: the action, the object it acted on, the account and agency it is about (a
 * coordinator reads the entries about their own agency) and, for a change, the changed fields before and after.
 * Who, when and from where are filled in by {@link AuditLog}.
 */
public record AuditEntry(AuditAction action, AuditObject objectType, @Nullable String objectId,
		@Nullable Long subjectAccountId, @Nullable Long subjectAgencyId, Map<String, @Nullable Object> before,
		Map<String, @Nullable Object> after) {

	public AuditEntry {
		before = copy(before);
		after = copy(after);
	}

	/** An entry about an object, with no subject and no fields yet. */
	public static AuditEntry of(AuditAction action, AuditObject objectType, @Nullable Object objectId) {
		return new AuditEntry(action, objectType, objectId == null ? null : objectId.toString(), null, null, Map.of(),
				Map.of());
	}

	/**
	 * A list of people that left the system as a file ({@link AuditAction#LIST_DOWNLOADED}): its name and the facts of
	 * what it holds, about the agency whose people it lists (null: none in particular).
	 */
	public static AuditEntry listDownloaded(String fileName, @Nullable Long agencyId,
			Map<String, ? extends @Nullable Object> facts) {
		Map<String, @Nullable Object> all = new LinkedHashMap<>();
		all.put("file", fileName);
		all.putAll(facts);
		return of(AuditAction.LIST_DOWNLOADED, AuditObject.LIST, fileName).about(null, agencyId).facts(all);
	}

	/** This entry about the given account and agency. */
	public AuditEntry about(@Nullable Long accountId, @Nullable Long agencyId) {
		return new AuditEntry(this.action, this.objectType, this.objectId, accountId, agencyId, this.before,
				this.after);
	}

	/**
	 * This entry with the fields that differ between the two states; a field missing from one side (a new object has
	 * no "before") is left out of that side.
	 */
	public AuditEntry changes(Map<String, ? extends @Nullable Object> from, Map<String, ? extends @Nullable Object> to) {
		Map<String, @Nullable Object> changedFrom = new LinkedHashMap<>();
		Map<String, @Nullable Object> changedTo = new LinkedHashMap<>();
		for (String field : union(from, to)) {
			Object old = from.get(field);
			Object now = to.get(field);
			if (!Objects.equals(old, now)) {
				if (from.containsKey(field)) {
					changedFrom.put(field, old);
				}
				if (to.containsKey(field)) {
					changedTo.put(field, now);
				}
			}
		}
		return new AuditEntry(this.action, this.objectType, this.objectId, this.subjectAccountId,
				this.subjectAgencyId, changedFrom, changedTo);
	}

	/** This entry with facts of the action (counts, file name, status) as its "after". */
	public AuditEntry facts(Map<String, ? extends @Nullable Object> facts) {
		return new AuditEntry(this.action, this.objectType, this.objectId, this.subjectAccountId,
				this.subjectAgencyId, this.before, new LinkedHashMap<>(facts));
	}

	/** Whether a change entry changed nothing (no field differs). */
	public boolean unchanged() {
		return this.before.isEmpty() && this.after.isEmpty();
	}

	private static Iterable<String> union(Map<String, ?> from, Map<String, ?> to) {
		LinkedHashMap<String, Boolean> fields = new LinkedHashMap<>();
		from.keySet().forEach(field -> fields.put(field, true));
		to.keySet().forEach(field -> fields.put(field, true));
		return fields.keySet();
	}

	private static Map<String, @Nullable Object> copy(@Nullable Map<String, ? extends @Nullable Object> fields) {
		return fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

}
