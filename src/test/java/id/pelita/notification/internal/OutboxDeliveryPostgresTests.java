package id.pelita.notification.internal;

import id.pelita.support.PostgresTest;

@PostgresTest
class OutboxDeliveryPostgresTests extends OutboxDeliveryTests {

}
