package id.pelita.enrolment;

import id.pelita.support.H2Test;

@H2Test
class EnrolmentConcurrencyH2Tests extends EnrolmentConcurrencyTests {

}
