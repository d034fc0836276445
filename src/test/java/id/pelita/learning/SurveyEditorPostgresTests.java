package id.pelita.learning;

import id.pelita.support.PostgresTest;

@PostgresTest
class SurveyEditorPostgresTests extends SurveyEditorTests {

}
