package id.pelita.enrolment;

import id.pelita.support.H2Test;

@H2Test
class WaitlistH2Tests extends WaitlistTests {

}
