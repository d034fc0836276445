package id.pelita.liveclass.internal.zoom;

/** On the embedded default's engine, H2 in PostgreSQL mode (the context of {@link ZoomTestContext}). */
class ZoomMeetingSyncH2Tests extends ZoomMeetingSyncTests {

}
