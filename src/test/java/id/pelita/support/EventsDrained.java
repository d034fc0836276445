package id.pelita.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * After each test class, gives its context's after-commit listeners up to 20 s to handle what the class published,
 * before the context cache may pause the context (and its task executor). Otherwise publications left waiting in
 * the PostgreSQL database that all PostgreSQL tests share would hold up {@link Await#eventsHandled} in the next
 * class. Never fails a test: a listener that is still busy after 20 s is left to its context.
 */
public class EventsDrained implements TestExecutionListener {

	private static final Duration LIMIT = Duration.ofSeconds(20);

	@Override
	public void afterTestClass(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		if (context.getBeanNamesForType(DataSource.class).length == 0) {
			return;
		}
		JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
		long deadline = System.nanoTime() + LIMIT.toNanos();
		try {
			while (System.nanoTime() < deadline && jdbc.queryForObject("select count(*) from event_publication "
					+ "where status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')", Integer.class) > 0) {
				LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
			}
		}
		catch (RuntimeException ex) {
			// a context without the registry's table (or already closed): nothing to drain
		}
	}

}
