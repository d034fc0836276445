package id.pelita.notification.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pelita.notification.MessageKind;
import id.pelita.notification.Preferences;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code notification_preference} rows: one per person and kind they chose about, with e-mail and in-app
 * switches. A person without rows has the {@linkplain Preferences#defaults() defaults}.
 */
@Component
public class PreferenceStore {

	private static final int CHUNK = 500;

	private final JdbcTemplate jdbc;

	PreferenceStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Preferences of(long accountId) {
		return of(List.of(accountId)).getOrDefault(accountId, Preferences.defaults());
	}

	/** The preferences of the accounts that have any; the others have the defaults. */
	public Map<Long, Preferences> of(Collection<Long> accountIds) {
		Map<Long, Set<MessageKind>> emailOff = new HashMap<>();
		Map<Long, Boolean> reminders = new HashMap<>();
		List<Long> ids = accountIds.stream().distinct().toList();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
			this.jdbc.query("select account_id, kind, email, in_app from notification_preference where account_id in ("
					+ marks + ")", rs -> {
						long accountId = rs.getLong("account_id");
						MessageKind kind;
						try {
							kind = MessageKind.valueOf(rs.getString("kind"));
						}
						catch (IllegalArgumentException ex) {
							return;
						}
						emailOff.computeIfAbsent(accountId, id -> EnumSet.noneOf(MessageKind.class));
						if (!rs.getBoolean("email")) {
							emailOff.get(accountId).add(kind);
						}
						if (kind == MessageKind.REMINDERS && !rs.getBoolean("in_app")) {
							reminders.put(accountId, false);
						}
					}, chunk.toArray());
		}
		Map<Long, Preferences> preferences = new HashMap<>();
		emailOff.forEach((accountId, off) -> {
			Set<MessageKind> on = EnumSet.allOf(MessageKind.class);
			on.removeAll(off);
			preferences.put(accountId, new Preferences(on, reminders.getOrDefault(accountId, true)));
		});
		return preferences;
	}

	/** Replaces the person's rows with one per optional kind. */
	public void save(long accountId, Preferences preferences, Instant now) {
		this.jdbc.update("delete from notification_preference where account_id = ?", accountId);
		List<Object[]> rows = new ArrayList<>();
		for (MessageKind kind : Preferences.optional()) {
			rows.add(new Object[] { accountId, kind.name(), preferences.byEmail().contains(kind),
					kind != MessageKind.REMINDERS || preferences.reminders(), now.atOffset(ZoneOffset.UTC) });
		}
		this.jdbc.batchUpdate("insert into notification_preference (account_id, kind, email, in_app, updated_at) "
				+ "values (?, ?, ?, ?, ?)", rows);
	}

}
