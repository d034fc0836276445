package id.pelita.learning.internal.quiz;

import id.pelita.support.PostgresTest;

@PostgresTest
class QuizProgressPostgresTests extends QuizProgressTests {

}
