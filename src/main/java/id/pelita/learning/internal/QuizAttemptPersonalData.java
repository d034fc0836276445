package id.pelita.learning.internal;

import java.util.List;
import java.util.Map;

import id.pelita.shared.privacy.PersonalData;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's own quiz attempts (scores, times) for their data download. */
@Component
class QuizAttemptPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	QuizAttemptPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "quiz-attempts";
	}

	@Override
	public List<Map<String, @Nullable Object>> rows(long accountId) {
		return PersonalData.plain(this.jdbc.sql("""
				select * from quiz_attempt where account_id = :account order by id""").param("account", accountId).query().listOfRows());
	}

}
