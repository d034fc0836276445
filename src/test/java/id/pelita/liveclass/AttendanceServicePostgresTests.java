package id.pelita.liveclass;

import id.pelita.support.PostgresTest;

@PostgresTest
class AttendanceServicePostgresTests extends AttendanceServiceTests {

}
