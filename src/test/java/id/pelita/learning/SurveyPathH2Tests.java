package id.pelita.learning;

import id.pelita.support.H2Test;

@H2Test
class SurveyPathH2Tests extends SurveyPathTests {

}
