package id.pelita.agency;

import id.pelita.support.PostgresTest;

@PostgresTest
class RosterStaffAccountsPostgresTests extends RosterStaffAccountsTests {

}
