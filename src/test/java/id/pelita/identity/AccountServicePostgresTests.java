package id.pelita.identity;

import id.pelita.support.PostgresTest;

@PostgresTest
class AccountServicePostgresTests extends AccountServiceTests {

}
