package id.pelita.learning.internal.survey;

import id.pelita.support.PostgresTest;

@PostgresTest
class SurveyProgressPostgresTests extends SurveyProgressTests {

}
