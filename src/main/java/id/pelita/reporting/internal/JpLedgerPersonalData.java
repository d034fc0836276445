package id.pelita.reporting.internal;

import java.util.List;
import java.util.Map;

import id.pelita.shared.privacy.PersonalData;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's own JP ledger for their data download. */
@Component
class JpLedgerPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	JpLedgerPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "jp-ledger";
	}

	@Override
	public List<Map<String, @Nullable Object>> rows(long accountId) {
		return PersonalData.plain(this.jdbc.sql("""
				select * from jp_ledger_entry where account_id = :account order by id""").param("account", accountId).query().listOfRows());
	}

}
