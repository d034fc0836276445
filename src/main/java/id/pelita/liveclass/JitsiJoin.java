package id.pelita.liveclass;

import org.jspecify.annotations.Nullable;

/**
 * What the session page needs to embed a Jitsi meeting with the IFrame API for the signed-in person.
 *
 * @param domain the Jitsi host ({@code https://<domain>/external_api.js} is loaded at run time)
 * @param roomName the session's unguessable room
 * @param jwt the person's token when the server uses token authentication, else {@code null}
 * @param displayName the person's full name, shown to the others and not editable in the meeting
 * @param email the person's e-mail, when known
 * @param moderator whether the person hosts (session host, organiser, administrator)
 * @param subject the session's title, shown as the meeting's subject
 */
public record JitsiJoin(String domain, String roomName, @Nullable String jwt, String displayName,
		@Nullable String email, boolean moderator, String subject) implements JoinTarget {
}
