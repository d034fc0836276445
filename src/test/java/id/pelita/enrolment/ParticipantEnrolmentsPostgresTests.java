package id.pelita.enrolment;

import id.pelita.support.PostgresTest;

@PostgresTest
class ParticipantEnrolmentsPostgresTests extends ParticipantEnrolmentsTests {

}
