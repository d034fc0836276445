package id.pelita.notification.internal;

import java.util.List;
import java.util.Map;

import id.pelita.shared.privacy.PersonalData;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's own in-app notices for their data download. */
@Component
class NoticePersonalData implements PersonalData {

	private final JdbcClient jdbc;

	NoticePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "notices";
	}

	@Override
	public List<Map<String, @Nullable Object>> rows(long accountId) {
		return PersonalData.plain(this.jdbc.sql("""
				select n.id, n.created_at, n.read_at, m.template, m.locale, m.payload from notice n join outbox_message m on m.id = n.message_id where n.account_id = :account order by n.id""").param("account", accountId).query().listOfRows());
	}

}
