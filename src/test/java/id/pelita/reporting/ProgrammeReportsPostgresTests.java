package id.pelita.reporting;

import id.pelita.support.PostgresTest;

@PostgresTest
class ProgrammeReportsPostgresTests extends ProgrammeReportsTests {

}
