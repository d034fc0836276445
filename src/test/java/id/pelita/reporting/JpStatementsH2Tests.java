package id.pelita.reporting;

import id.pelita.support.H2Test;

@H2Test
class JpStatementsH2Tests extends JpStatementsTests {

}
