package id.pelita.reporting;

import id.pelita.support.H2Test;

@H2Test
class ComplianceH2Tests extends ComplianceTests {

}
