package id.pelita.enrolment;

import id.pelita.support.PostgresTest;

@PostgresTest
class WaitlistPostgresTests extends WaitlistTests {

}
