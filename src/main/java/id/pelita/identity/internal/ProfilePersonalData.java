package id.pelita.identity.internal;

import java.util.List;
import java.util.Map;

import id.pelita.shared.privacy.PersonalData;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's own account and profile for their data download (never the password hash). */
@Component
class ProfilePersonalData implements PersonalData {

	private final JdbcClient jdbc;

	ProfilePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "profile";
	}

	@Override
	public List<Map<String, @Nullable Object>> rows(long accountId) {
		return PersonalData.plain(this.jdbc.sql("""
				select a.id, a.username, a.email, a.nip, a.full_name, a.rank_grade, a.position, a.agency_id, ag.name as agency, a.phone, a.time_zone, a.language, a.status, a.created_at, a.updated_at, (select string_agg(r.role, ',' order by r.role) from account_role r where r.account_id = a.id) as roles from account a left join agency ag on ag.id = a.agency_id where a.id = :account""").param("account", accountId).query().listOfRows());
	}

}
