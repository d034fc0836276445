package id.pelita.shared.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends entries to the audit log. A change is recorded with {@link #record} inside the transaction of the change
 * ({@link Propagation#MANDATORY}: there is no entry without its action and no action without its entry); what has
 * no business transaction of its own (a sign-in, a download) is recorded with {@link #recordOnItsOwn}. The actor
 * comes from the security context (none: {@link AuditActor#SYSTEM}), the address and user agent from the current
 * request ({@code getRemoteAddr()} after the server's forward-header handling), none for jobs.
 */
@Component
public class AuditLog {

	static final int MAX_USER_AGENT = 255;

	static final int MAX_ADDRESS = 64;

	static final int MAX_OBJECT_ID = 200;

	private static final String INSERT = """
			insert into audit_log (occurred_at, actor_account_id, actor_username, actor_name, actor_roles,
			    on_behalf_agency_id, api_token_id, action, object_type, object_id, subject_account_id,
			    subject_agency_id, before_json, after_json, address, user_agent)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an entry by the current user, in the caller's transaction (which must exist). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEntry entry) {
		recordAll(List.of(entry), AuditActor.current());
	}

	/** Records entries by the current user in one batch, in the caller's transaction (which must exist). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(List<AuditEntry> entries) {
		recordAll(entries, AuditActor.current());
	}

	/** Records an entry by the given actor in the caller's transaction (which must exist). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditActor actor, AuditEntry entry) {
		recordAll(List.of(entry), actor);
	}

	/** Records an entry by the current user in a transaction of its own: for actions that have none. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordOnItsOwn(AuditEntry entry) {
		recordAll(List.of(entry), AuditActor.current());
	}

	/** Records an entry by the given actor in a transaction of its own (sign-ins, before the user is known). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordOnItsOwn(AuditActor actor, AuditEntry entry) {
		recordAll(List.of(entry), actor);
	}

	private void recordAll(List<AuditEntry> entries, AuditActor actor) {
		if (entries.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		Origin origin = Origin.current();
		this.jdbc.batchUpdate(INSERT, entries, 500, (statement, entry) -> {
			statement.setTimestamp(1, now);
			statement.setObject(2, actor.accountId());
			statement.setString(3, actor.username());
			statement.setString(4, actor.name());
			statement.setString(5, actor.roles());
			statement.setObject(6, actor.agencyId());
			statement.setObject(7, actor.apiTokenId());
			statement.setString(8, entry.action().name());
			statement.setString(9, entry.objectType().name());
			statement.setString(10, truncate(entry.objectId(), MAX_OBJECT_ID));
			statement.setObject(11, entry.subjectAccountId());
			statement.setObject(12, entry.subjectAgencyId());
			statement.setString(13, json(entry.before()));
			statement.setString(14, json(entry.after()));
			statement.setString(15, origin.address());
			statement.setString(16, origin.userAgent());
		});
	}

	static @Nullable String json(Map<String, @Nullable Object> fields) {
		return fields.isEmpty() ? null : JSON.writeValueAsString(fields);
	}

	static @Nullable String truncate(@Nullable String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

	/** Where the current request came from; nothing outside a request. */
	record Origin(@Nullable String address, @Nullable String userAgent) {

		static Origin current() {
			HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes
					attributes ? attributes.getRequest() : null;
			if (request != null) {
				return new Origin(truncate(request.getRemoteAddr(), MAX_ADDRESS),
						truncate(request.getHeader("User-Agent"), MAX_USER_AGENT));
			}
			VaadinRequest vaadin = VaadinRequest.getCurrent();
			if (vaadin != null) {
				return new Origin(truncate(vaadin.getRemoteAddr(), MAX_ADDRESS),
						truncate(vaadin.getHeader("User-Agent"), MAX_USER_AGENT));
			}
			return new Origin(null, null);
		}

	}

}
