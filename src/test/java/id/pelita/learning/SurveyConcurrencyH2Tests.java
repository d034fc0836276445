package id.pelita.learning;

import id.pelita.support.H2Test;

@H2Test
class SurveyConcurrencyH2Tests extends SurveyConcurrencyTests {

}
