package id.pelita.shared.audit;

import id.pelita.support.PostgresTest;

@PostgresTest
class AuditLogPostgresTests extends AuditLogTests {

}
