package id.pelita.enrolment;

import id.pelita.support.H2Test;

@H2Test
class ParticipantEnrolmentsH2Tests extends ParticipantEnrolmentsTests {

}
