package id.pelita.enrolment;

import id.pelita.support.PostgresTest;

@PostgresTest
class RunParticipantsPostgresTests extends RunParticipantsTests {

}
