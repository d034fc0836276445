package id.pelita.reporting.internal;

import java.util.List;
import java.util.Map;

import id.pelita.shared.privacy.PersonalData;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's own training recorded outside Pelita for their data download. */
@Component
class ExternalJpPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	ExternalJpPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "jp-external";
	}

	@Override
	public List<Map<String, @Nullable Object>> rows(long accountId) {
		return PersonalData.plain(this.jdbc.sql("""
				select * from jp_external_entry where account_id = :account order by id""").param("account", accountId).query().listOfRows());
	}

}
