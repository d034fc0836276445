package id.pelita.enrolment;

import id.pelita.support.H2Test;

@H2Test
class AgencyEnrolmentsH2Tests extends AgencyEnrolmentsTests {

}
