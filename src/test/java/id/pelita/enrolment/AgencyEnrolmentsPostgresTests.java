package id.pelita.enrolment;

import id.pelita.support.PostgresTest;

@PostgresTest
class AgencyEnrolmentsPostgresTests extends AgencyEnrolmentsTests {

}
