package id.pelita.liveclass.internal.zoom;

import id.pelita.support.PostgresInitializer;

import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * On a real PostgreSQL 17: the session row lock, Quartz's job data as BYTEA and its triggers in the same
 * transaction as the session. A scheduler name of its own: the PostgreSQL database is shared by test contexts.
 */
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = "spring.quartz.scheduler-name=pelita-zoom-pg")
class ZoomMeetingSyncPostgresTests extends ZoomMeetingSyncTests {

}
