package id.pelita.liveclass;

/** A meeting that opens at its provider: the person's own join address (a Zoom registrant's) or the meeting's. */
public record MeetingLink(String url) implements JoinTarget {
}
