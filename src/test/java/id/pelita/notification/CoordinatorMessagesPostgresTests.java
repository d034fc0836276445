package id.pelita.notification;

import id.pelita.support.PostgresTest;

@PostgresTest
class CoordinatorMessagesPostgresTests extends CoordinatorMessagesTests {

}
