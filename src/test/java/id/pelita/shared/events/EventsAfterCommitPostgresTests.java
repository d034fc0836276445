package id.pelita.shared.events;

import id.pelita.support.PostgresTest;

@PostgresTest
class EventsAfterCommitPostgresTests extends EventsAfterCommitTests {

}
