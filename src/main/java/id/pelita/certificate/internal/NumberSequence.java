package id.pelita.certificate.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free certificate numbers per pattern and year. The counter row is created in a transaction of its own
 * ({@link #prepare}); {@link #next} then increments it inside the issuing transaction, which holds the row lock
 * until it commits: a rolled-back issue gives its number back, and two issues never get the same one.
 */
@Repository
public class NumberSequence {

	private final JdbcClient jdbc;

	NumberSequence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void prepare(String pattern, int year) {
		try {
			this.jdbc.sql("""
					INSERT INTO certificate_number_sequence (pattern, seq_year, last_value) VALUES (?, ?, 0)
					ON CONFLICT DO NOTHING""").params(pattern, year).update();
		}
		catch (DuplicateKeyException ex) {
			// made by a concurrent issue: it exists, which is all that is needed
		}
	}

	/** The next number; must run inside the issuing transaction, after {@link #prepare}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public long next(String pattern, int year) {
		int updated = this.jdbc.sql("""
				UPDATE certificate_number_sequence SET last_value = last_value + 1 WHERE pattern = ? AND seq_year = ?""")
			.params(pattern, year)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("No number sequence for " + pattern + " in " + year);
		}
		return this.jdbc.sql("SELECT last_value FROM certificate_number_sequence WHERE pattern = ? AND seq_year = ?")
			.params(pattern, year)
			.query(Long.class)
			.single();
	}

}
