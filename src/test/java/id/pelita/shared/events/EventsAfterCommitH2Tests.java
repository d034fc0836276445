package id.pelita.shared.events;

import id.pelita.support.H2Test;

@H2Test
class EventsAfterCommitH2Tests extends EventsAfterCommitTests {

}
