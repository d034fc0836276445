package id.pelita.learning;

import id.pelita.support.H2Test;

@H2Test
class SurveyEditorH2Tests extends SurveyEditorTests {

}
