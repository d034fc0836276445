package id.pelita.liveclass.internal;

import java.util.List;
import java.util.Map;

import id.pelita.shared.privacy.PersonalData;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's own attendance at live sessions for their data download. */
@Component
class AttendancePersonalData implements PersonalData {

	private final JdbcClient jdbc;

	AttendancePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "attendance";
	}

	@Override
	public List<Map<String, @Nullable Object>> rows(long accountId) {
		return PersonalData.plain(this.jdbc.sql("""
				select a.*, s.title as session_title, s.starts_at as session_starts_at from attendance_interval a left join live_session s on s.id = a.session_id where a.account_id = :account order by a.id""").param("account", accountId).query().listOfRows());
	}

}
