package id.pelita.notification;

import id.pelita.support.H2Test;

@H2Test
class CoordinatorMessagesH2Tests extends CoordinatorMessagesTests {

}
