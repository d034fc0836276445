package id.pelita.notification;

import id.pelita.support.H2Test;

@H2Test
class SessionRemindersH2Tests extends SessionRemindersTests {

}
