package id.pelita.learning.internal;

import java.util.List;
import java.util.Map;

import id.pelita.shared.privacy.PersonalData;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's own run completions for their data download. */
@Component
class CompletionPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	CompletionPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "completions";
	}

	@Override
	public List<Map<String, @Nullable Object>> rows(long accountId) {
		return PersonalData.plain(this.jdbc.sql("""
				select * from learning_completion where account_id = :account order by run_id""").param("account", accountId).query().listOfRows());
	}

}
