package id.pelita.catalog;

import id.pelita.support.H2Test;

@H2Test
class RunServiceH2Tests extends RunServiceTests {

}
