package id.pelita.enrolment;

import id.pelita.support.PostgresTest;

@PostgresTest
class EnrolmentConcurrencyPostgresTests extends EnrolmentConcurrencyTests {

}
