package id.pelita.agency;

import id.pelita.support.H2Test;

@H2Test
class RosterStaffAccountsH2Tests extends RosterStaffAccountsTests {

}
