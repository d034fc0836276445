package id.pelita.liveclass;

/**
 * Where Join takes a person: a meeting embedded in the session page ({@link JitsiJoin}, Jitsi's IFrame API) or a
 * link that opens the provider in a new tab ({@link MeetingLink}).
 */
public sealed interface JoinTarget permits JitsiJoin, MeetingLink {
}
