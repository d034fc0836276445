package id.pelita.liveclass;

import id.pelita.support.H2Test;

@H2Test
class AttendanceServiceH2Tests extends AttendanceServiceTests {

}
