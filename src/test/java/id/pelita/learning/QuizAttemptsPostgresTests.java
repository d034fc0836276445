package id.pelita.learning;

import id.pelita.support.PostgresTest;

@PostgresTest
class QuizAttemptsPostgresTests extends QuizAttemptsTests {

}
