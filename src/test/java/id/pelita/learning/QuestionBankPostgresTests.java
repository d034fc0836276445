package id.pelita.learning;

import id.pelita.support.PostgresTest;

@PostgresTest
class QuestionBankPostgresTests extends QuestionBankTests {

}
