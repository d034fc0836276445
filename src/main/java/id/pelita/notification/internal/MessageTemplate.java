package id.pelita.notification.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.pelita.notification.MessageKind;

/**
 * Every message the platform sends: its name in the outbox ({@code template} column), its kind (for the person's
 * preferences), the page it leads to, and the payload keys it needs. The texts are in
 * {@code mail/templates_id.properties} and {@code mail/templates_en.properties} (see {@link MessageTemplates}).
 *
 * <p>
 * Payload values are strings. Dates ({@code startsOn}, {@code endsOn}) are ISO dates; instants ({@code startsAt},
 * {@code previousStartsAt}, {@code expiresAt}) are ISO-8601 instants, shown in the recipient's time zone (their
 * account's zone, else the payload's {@code zone}, else WIB). Links ({@code link}, {@code pageUrl}) are absolute or
 * relative to {@code pelita.public-url}. Session messages may carry an iCalendar object: {@code ics} (the text) and
 * {@code icsMethod} ({@code REQUEST} or {@code CANCEL}; read from the text's METHOD when absent); it is attached as a
 * {@code text/calendar} alternative and as {@code invite.ics}.
 *
 * <p>
 * To add a message: a constant here, its {@code .subject}, {@code .body} and (when it has a link)
 * {@code .action} texts in both template files; {@code MessageTemplatesTests} renders every constant in both
 * languages.
 */
public enum MessageTemplate {

	/** Payload: runId, courseTitle, runName, startsOn, endsOn; source (SELF, NOMINATION, ORGANISER) or nominated=true. */
	ENROLMENT_CONFIRMED("enrolment-confirmed", MessageKind.ENROLMENT, "katalog/{runId}", "runId", "courseTitle",
			"runName", "startsOn", "endsOn"),
	/** Payload: the run's, position; optionally nominated=true. */
	ENROLMENT_WAITLISTED("enrolment-waitlisted", MessageKind.ENROLMENT, "katalog/{runId}", "runId", "courseTitle",
			"runName", "startsOn", "endsOn", "position"),
	/** Payload: the run's. */
	ENROLMENT_PROMOTED("enrolment-promoted", MessageKind.ENROLMENT, "katalog/{runId}", "runId", "courseTitle",
			"runName", "startsOn", "endsOn"),
	/** Payload: the run's, reason. */
	ENROLMENT_REJECTED("enrolment-rejected", MessageKind.ENROLMENT, "katalog", "runId", "courseTitle", "runName",
			"startsOn", "endsOn"),
	/** Payload: the run's, reason (may be empty). */
	ENROLMENT_REMOVED("enrolment-removed", MessageKind.ENROLMENT, "katalog/{runId}", "runId", "courseTitle",
			"runName", "startsOn", "endsOn"),
	/** To the coordinator. Payload: the run's, nominationId, confirmed, waitlisted, refused (counts). */
	NOMINATION_RESULT("nomination-result", MessageKind.NOMINATIONS, "instansi/nominasi", "runId", "courseTitle",
			"runName", "nominationId", "confirmed", "waitlisted", "refused"),
	/** Payload: name, link (absolute, carries the token), expiresAt. */
	ACCOUNT_ACTIVATION("account-activation", MessageKind.ACCOUNT, "{link}", "name", "link", "expiresAt"),
	/** Payload: name, link (absolute, carries the token), expiresAt. */
	PASSWORD_RESET("password-reset", MessageKind.ACCOUNT, "{link}", "name", "link", "expiresAt"),
	/** Payload: certificateNumber, courseTitle, link; optionally runName, jp. */
	CERTIFICATE_ISSUED("certificate-issued", MessageKind.CERTIFICATES, "{link}", "certificateNumber", "courseTitle",
			"link"),
	/**
	 * Payload: sessionTitle, courseTitle, runName, startsAt, durationMinutes, pageUrl; optionally zone, ics and
	 * icsMethod (REQUEST).
	 */
	SESSION_SCHEDULED("session-scheduled", MessageKind.SESSIONS, "{pageUrl}", "sessionTitle", "courseTitle",
			"runName", "startsAt", "durationMinutes", "pageUrl"),
	/** As scheduled, plus optionally previousStartsAt; the ics keeps the UID and raises the SEQUENCE. */
	SESSION_MOVED("session-moved", MessageKind.SESSIONS, "{pageUrl}", "sessionTitle", "courseTitle", "runName",
			"startsAt", "durationMinutes", "pageUrl"),
	/** As scheduled, plus optionally reason; the ics has METHOD:CANCEL. */
	SESSION_CANCELLED("session-cancelled", MessageKind.SESSIONS, "{pageUrl}", "sessionTitle", "courseTitle",
			"runName", "startsAt", "durationMinutes", "pageUrl"),
	/**
	 * To someone who left a run (cancelled, removed): a session of it still ahead leaves their calendar. As
	 * scheduled; the ics has METHOD:CANCEL for them alone.
	 */
	SESSION_WITHDRAWN("session-withdrawn", MessageKind.SESSIONS, "kursus-saya", "sessionTitle", "courseTitle",
			"runName", "startsAt", "durationMinutes"),
	/**
	 * To someone who got a seat while a session of the run is in progress: join now, no calendar invitation. As
	 * scheduled, plus endsAt.
	 */
	SESSION_HAPPENING_NOW("session-happening-now", MessageKind.SESSIONS, "{pageUrl}", "sessionTitle", "courseTitle",
			"runName", "startsAt", "endsAt", "durationMinutes", "pageUrl"),
	/** As scheduled, plus optionally offset (ISO-8601 duration before the start, e.g. PT24H). */
	SESSION_REMINDER("session-reminder", MessageKind.REMINDERS, "{pageUrl}", "sessionTitle", "courseTitle",
			"runName", "startsAt", "durationMinutes", "pageUrl"),
	/**
	 * To a coordinator whose agency still has free reserved seats when registration closes soon. Payload: runId,
	 * courseTitle, runName, registrationClosesAt, agencyName, reserved, taken, free.
	 */
	REGISTRATION_CLOSING("registration-closing", MessageKind.NOMINATIONS, "instansi/nominasi", "runId",
			"courseTitle", "runName", "registrationClosesAt", "agencyName", "reserved", "taken", "free"),
	/**
	 * The monthly digest to a coordinator. Payload: agencyName, year, month, employees, reached, below, target;
	 * optionally belowNames (the first 50 below the target, with their JP).
	 */
	AGENCY_DIGEST("agency-digest", MessageKind.NOMINATIONS, "instansi/pegawai", "agencyName", "year", "employees",
			"reached", "below", "target");

	private static final Map<String, MessageTemplate> BY_ID = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(MessageTemplate::id, template -> template));

	private final String id;

	private final MessageKind kind;

	private final String link;

	private final Set<String> required;

	MessageTemplate(String id, MessageKind kind, String link, String... required) {
		this.id = id;
		this.kind = kind;
		this.link = link;
		this.required = Set.of(required);
	}

	/** The name in the outbox and in the template files. */
	public String id() {
		return this.id;
	}

	public MessageKind kind() {
		return this.kind;
	}

	/** The page the message leads to, with payload placeholders: a path of the application or a payload link. */
	String link() {
		return this.link;
	}

	/** The payload keys the message cannot do without. */
	public Set<String> required() {
		return this.required;
	}

	public static Optional<MessageTemplate> find(String id) {
		return Optional.ofNullable(BY_ID.get(id));
	}

	/** The template of this name; an {@link IllegalArgumentException} for a name no template has. */
	public static MessageTemplate of(String id) {
		return find(id).orElseThrow(() -> new IllegalArgumentException("No message template '" + id + "'"));
	}

	/** Checks a payload before it is queued: a message missing what it needs is a bug of its sender. */
	void check(Map<String, String> payload) {
		List<String> missing = this.required.stream()
			.filter(key -> payload.get(key) == null || payload.get(key).isBlank())
			.sorted()
			.toList();
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("Message " + this.id + " lacks " + missing);
		}
	}

}
