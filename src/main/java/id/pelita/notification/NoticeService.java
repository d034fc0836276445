package id.pelita.notification;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.pelita.notification.internal.MessageTemplate;
import id.pelita.notification.internal.MessageTemplates;
import id.pelita.notification.internal.NoticeStore;
import id.pelita.notification.internal.RenderedMessage;
import id.pelita.shared.security.CurrentUser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's notice centre: every message the platform sent them, newest first, rendered in the
 * language and time zone they read in, with read marks.
 */
@Service
public class NoticeService {

	private static final TypeReference<Map<String, String>> PAYLOAD = new TypeReference<>() {
	};

	private final NoticeStore notices;

	private final MessageTemplates templates;

	private final JsonMapper json;

	private final Clock clock;

	NoticeService(NoticeStore notices, MessageTemplates templates, JsonMapper json, Clock clock) {
		this.notices = notices;
		this.templates = templates;
		this.json = json;
		this.clock = clock;
	}

	/** A page of the person's notices, newest first. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<Notice> myNotices(int offset, int limit, Locale locale, ZoneId zone) {
		long accountId = CurrentUser.require().accountId();
		return this.notices.of(accountId, Math.max(0, offset), Math.clamp(limit, 1, 200))
			.stream()
			.map(row -> notice(row, locale, zone))
			.toList();
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public long myNoticeCount() {
		return this.notices.count(CurrentUser.require().accountId());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public long myUnreadCount() {
		return this.notices.unread(CurrentUser.require().accountId());
	}

	/** Marks one of the person's own notices read; someone else's is left alone. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void markRead(long noticeId) {
		this.notices.markRead(CurrentUser.require().accountId(), noticeId, this.clock.instant());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public int markAllRead() {
		return this.notices.markAllRead(CurrentUser.require().accountId(), this.clock.instant());
	}

	private Notice notice(NoticeStore.Row row, Locale locale, ZoneId zone) {
		MessageTemplate template = MessageTemplate.of(row.template());
		Map<String, String> payload = new HashMap<>(this.json.readValue(row.payload(), PAYLOAD));
		payload.remove("ics");
		RenderedMessage rendered = this.templates.render(template, locale, zone, payload, null);
		return new Notice(row.id(), template.kind(), rendered.subject(), rendered.body(), rendered.appLink(),
				row.createdAt(), row.readAt() != null);
	}

}
