package id.pelita.catalog;

import id.pelita.support.PostgresTest;

@PostgresTest
class RunServicePostgresTests extends RunServiceTests {

}
