package id.pelita.enrolment;

import id.pelita.support.PostgresTest;

@PostgresTest
class EnrolmentServicePostgresTests extends EnrolmentServiceTests {

}
