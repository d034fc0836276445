package id.pelita.enrolment.internal;

import java.util.List;
import java.util.Map;

import id.pelita.shared.privacy.PersonalData;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's own enrolments for their data download. */
@Component
class EnrolmentPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	EnrolmentPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "enrolments";
	}

	@Override
	public List<Map<String, @Nullable Object>> rows(long accountId) {
		return PersonalData.plain(this.jdbc.sql("""
				select e.*, r.name as run_name from enrolment e left join course_run r on r.id = e.run_id where e.account_id = :account order by e.id""").param("account", accountId).query().listOfRows());
	}

}
