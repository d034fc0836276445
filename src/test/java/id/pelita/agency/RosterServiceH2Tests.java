package id.pelita.agency;

import id.pelita.support.H2Test;

@H2Test
class RosterServiceH2Tests extends RosterServiceTests {

}
