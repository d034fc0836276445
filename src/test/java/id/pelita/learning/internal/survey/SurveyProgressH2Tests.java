package id.pelita.learning.internal.survey;

import id.pelita.support.H2Test;

@H2Test
class SurveyProgressH2Tests extends SurveyProgressTests {

}
