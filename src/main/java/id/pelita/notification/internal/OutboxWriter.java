package id.pelita.notification.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import id.pelita.notification.MessageKind;
import id.pelita.notification.Preferences;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes messages to the outbox in the caller's transaction (it must run inside one), with multi-row inserts of a
 * few hundred rows each, so that a cohort of thousands costs a handful of statements. Every message to an account
 * also gets its notice in the notice centre, in the same transaction (except account messages, see
 * {@link MessageKind#shownInApp()}); reminders to people who turned reminders off are not written at all. A message
 * of an unknown template or without the payload its template needs is refused with an
 * {@link IllegalArgumentException}: that is a bug of the sender and must not reach anyone.
 */
@Component
public class OutboxWriter {

	static final String EMAIL = "EMAIL";

	private static final int ROWS_PER_STATEMENT = 200;

	private static final String INSERT = "insert into outbox_message (recipient_account_id, recipient_email, channel, "
			+ "template, locale, payload, status, attempts, next_attempt_at, created_at) values ";

	private static final String ROW = "(?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final PreferenceStore preferences;

	private final Clock clock;

	OutboxWriter(JdbcTemplate jdbc, JsonMapper json, PreferenceStore preferences, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.preferences = preferences;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(List<OutboxEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		entries.forEach(entry -> MessageTemplate.of(entry.template()).check(entry.parameters()));
		List<OutboxEntry> wanted = withoutUnwantedReminders(entries);
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		List<Object[]> notices = new ArrayList<>();
		for (int from = 0; from < wanted.size(); from += ROWS_PER_STATEMENT) {
			List<OutboxEntry> chunk = wanted.subList(from, Math.min(wanted.size(), from + ROWS_PER_STATEMENT));
			String sql = INSERT + String.join(", ", Collections.nCopies(chunk.size(), ROW));
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.update(connection -> {
				PreparedStatement statement = connection.prepareStatement(sql,
						new String[] { "id", "recipient_account_id", "template" });
				int parameter = 1;
				for (OutboxEntry entry : chunk) {
					bind(statement, parameter, entry, now);
					parameter += 8;
				}
				return statement;
			}, keys);
			for (Map<String, Object> key : keys.getKeyList()) {
				Object accountId = value(key, "recipient_account_id");
				MessageTemplate template = MessageTemplate.of((String) value(key, "template"));
				if (accountId != null && template.kind().shownInApp()) {
					notices.add(new Object[] { ((Number) accountId).longValue(),
							((Number) Objects.requireNonNull(value(key, "id"))).longValue(), now });
				}
			}
		}
		if (!notices.isEmpty()) {
			this.jdbc.batchUpdate("insert into notice (account_id, message_id, created_at) values (?, ?, ?)", notices);
		}
	}

	private void bind(PreparedStatement statement, int first, OutboxEntry entry, OffsetDateTime now)
			throws SQLException {
		if (entry.accountId() == null) {
			statement.setNull(first, Types.BIGINT);
		}
		else {
			statement.setLong(first, entry.accountId());
		}
		statement.setString(first + 1, entry.email());
		statement.setString(first + 2, EMAIL);
		statement.setString(first + 3, entry.template());
		statement.setString(first + 4, entry.locale().getLanguage());
		statement.setString(first + 5, this.json.writeValueAsString(entry.parameters()));
		statement.setObject(first + 6, now);
		statement.setObject(first + 7, now);
	}

	/** Leaves out the reminders to people who turned reminders off entirely (no e-mail, no notice). */
	private List<OutboxEntry> withoutUnwantedReminders(List<OutboxEntry> entries) {
		List<Long> remindedAccounts = entries.stream()
			.filter(entry -> entry.accountId() != null
					&& MessageTemplate.of(entry.template()).kind() == MessageKind.REMINDERS)
			.map(OutboxEntry::accountId)
			.distinct()
			.toList();
		if (remindedAccounts.isEmpty()) {
			return entries;
		}
		Map<Long, Preferences> chosen = this.preferences.of(remindedAccounts);
		return entries.stream()
			.filter(entry -> entry.accountId() == null
					|| MessageTemplate.of(entry.template()).kind() != MessageKind.REMINDERS
					|| chosen.getOrDefault(entry.accountId(), Preferences.defaults()).reminders())
			.toList();
	}

	private static Object value(Map<String, Object> key, String column) {
		for (Map.Entry<String, Object> entry : key.entrySet()) {
			if (entry.getKey().toLowerCase(Locale.ROOT).equals(column)) {
				return entry.getValue();
			}
		}
		return null;
	}

}
