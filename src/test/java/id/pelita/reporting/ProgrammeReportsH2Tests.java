package id.pelita.reporting;

import id.pelita.support.H2Test;

@H2Test
class ProgrammeReportsH2Tests extends ProgrammeReportsTests {

}
