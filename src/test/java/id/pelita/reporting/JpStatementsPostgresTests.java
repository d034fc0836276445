package id.pelita.reporting;

import id.pelita.support.PostgresTest;

@PostgresTest
class JpStatementsPostgresTests extends JpStatementsTests {

}
