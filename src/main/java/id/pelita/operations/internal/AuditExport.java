package id.pelita.operations.internal;

import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.SpreadsheetWriter;
import id.pelita.shared.SpreadsheetWriter.Column;
import id.pelita.shared.audit.AuditRecord;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.time.IndonesianTime;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Writes audit entries as a CSV or XLSX file (through {@link SpreadsheetWriter}), one row per entry. */
@Component
public class AuditExport {

	private static final List<String> HEADERS = List.of("when", "actor", "actorName", "roles", "agency", "apiToken",
			"action", "object", "objectId", "subjectAccount", "subjectAgency", "before", "after", "address",
			"userAgent");

	private final Translations translations;

	AuditExport(Translations translations) {
		this.translations = translations;
	}

	/**
	 * Writes the entries {@code entries} hands to its consumer.
	 * @param agencyNames agency names by id, shown next to the ids
	 */
	public void write(SpreadsheetFormat format, Locale locale, ZoneId zone, Map<Long, String> agencyNames,
			OutputStream out, ToIntFunction<Consumer<AuditRecord>> entries) {
		List<Column> columns = HEADERS.stream()
			.map(header -> Column.of(this.translations.translate("audit.column." + header, locale), 20))
			.toList();
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(format, out, locale)) {
			writer.sheet(this.translations.translate("audit.title", locale), columns, 0);
			entries.applyAsInt(entry -> writer.row(IndonesianTime.dateTime(entry.occurredAt(), zone, locale),
					entry.actorUsername(), entry.actorName(), entry.actorRoles(),
					agency(agencyNames, entry.onBehalfAgencyId()), entry.apiTokenId(),
					this.translations.translate("audit.action." + entry.action(), locale),
					this.translations.translate("audit.object." + entry.objectType(), locale), entry.objectId(),
					entry.subjectAccountId(), agency(agencyNames, entry.subjectAgencyId()), entry.beforeJson(),
					entry.afterJson(), entry.address(), entry.userAgent()));
		}
	}

	private static @Nullable String agency(Map<Long, String> names, @Nullable Long id) {
		return id == null ? null : names.getOrDefault(id, id.toString());
	}

}
