package id.pelita.liveclass;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.pelita.liveclass.internal.CalendarText;
import id.pelita.shared.PublicUrl;
import id.pelita.shared.i18n.Translations;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Live sessions as iCalendar text (RFC 5545): invitations and cancellations to one person (iTIP {@code REQUEST}
 * and {@code CANCEL}, for e-mail), and published calendars of one or many sessions ({@code PUBLISH}: the
 * {@code .ics} download and the personal feed).
 *
 * <p>
 * Every session keeps one {@code UID} ({@code session-<id>@<host of pelita.public-url>}) for its whole life; its
 * {@code SEQUENCE} is the session's, raised by every move and by the cancellation, so calendar programs replace
 * the earlier version. Start and end are written in the zone the organiser chose ({@code DTSTART;TZID=...} and
 * {@code DTEND}, never {@code DURATION}), with a {@code VTIMEZONE} for each zone used. {@code LOCATION} and
 * {@code URL} are the session's page in Pelita, not the room address: attendance is recorded only when people
 * join from there. Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 sequence (ical4j's own
 * folding counts characters, not octets, so {@link CalendarText} folds by octets).
 */
@Component
public class SessionCalendar {

	/** The {@code PRODID} of every calendar Pelita writes. */
	public static final String PRODUCT_ID = "-//Pelita LMS//Pelita//ID";

	/** The media type of the files, for downloads and e-mail parts (add {@code ; method=...} for e-mail). */
	public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

	private final Translations translations;

	private final Clock clock;

	private final PublicUrl publicUrl;

	private final String host;

	private final String organizerEmail;

	SessionCalendar(Translations translations, Clock clock,
			PublicUrl publicUrl,
			@Value("${pelita.calendar.organizer-email:${pelita.mail.from:}}") String organizerEmail) {
		this.translations = translations;
		this.clock = clock;
		this.publicUrl = publicUrl;
		String parsedHost = publicUrl.host();
		this.host = parsedHost == null || parsedHost.isBlank() ? "localhost" : parsedHost;
		this.organizerEmail = CalendarText.emailAddress(organizerEmail).orElse("no-reply@" + this.host);
	}

	/**
	 * An iTIP message to one participant: {@link Method#REQUEST} invites them (or brings their copy up to date after a
	 * move or a change), {@link Method#CANCEL} takes the session out of their calendar. The e-mail part carrying it
	 * must say the same method: {@code text/calendar; method=REQUEST; charset=UTF-8}.
	 * @throws IllegalArgumentException for a {@code REQUEST} of a cancelled session (see {@link Method#of})
	 */
	public String invitation(LiveSession session, Attendee attendee, Method method) {
		if (method == Method.REQUEST && session.cancelled()) {
			throw new IllegalArgumentException("Session " + session.id() + " is cancelled: send a CANCEL");
		}
		Calendar calendar = calendar(method == Method.REQUEST ? ImmutableMethod.REQUEST : ImmutableMethod.CANCEL);
		CalendarText.addTimeZones(calendar, List.of(session.zone()));
		VEvent event = event(session, attendee.language(), method == Method.CANCEL);
		net.fortuna.ical4j.model.property.Attendee invitee = new net.fortuna.ical4j.model.property.Attendee(
				CalendarText.mailto(attendee.email()));
		invitee.add(new Cn(CalendarText.parameterText(attendee.name())));
		invitee.add(Role.REQ_PARTICIPANT);
		invitee.add(PartStat.NEEDS_ACTION);
		invitee.add(Rsvp.TRUE);
		event.add(invitee);
		calendar.add(event);
		return text(calendar);
	}

	/** One session as a file to open or import ({@code PUBLISH}), its texts in Indonesian. */
	public String single(LiveSession session) {
		return single(session, Translations.INDONESIAN);
	}

	/** One session as a file to open or import ({@code PUBLISH}), its texts in the language. */
	public String single(LiveSession session, Locale language) {
		return feed(List.of(session), null, language);
	}

	/**
	 * A published calendar of sessions ({@code PUBLISH}), for a personal feed that calendar programs subscribe to:
	 * cancelled sessions stay in it with {@code STATUS:CANCELLED}, so that subscribers see them go.
	 * @param name the calendar's name in calendar programs ({@code X-WR-CALNAME}), or {@code null} for none
	 */
	public String feed(List<LiveSession> sessions, @Nullable String name, Locale language) {
		Calendar calendar = calendar(ImmutableMethod.PUBLISH);
		if (name != null) {
			calendar.add(new XProperty("X-WR-CALNAME", name));
			calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
			calendar.add(new RefreshInterval(new ParameterList(List.of(net.fortuna.ical4j.model.parameter.Value.DURATION)), Duration.ofHours(1)));
		}
		CalendarText.addTimeZones(calendar, sessions.stream().map(LiveSession::zone).toList());
		for (LiveSession session : sessions) {
			calendar.add(event(session, language, session.cancelled()));
		}
		return text(calendar);
	}

	/** The session's page in Pelita, where people join and attendance is recorded. */
	public String pageUrl(long sessionId) {
		return this.publicUrl.link("/sesi/" + sessionId);
	}

	/** The session's {@code UID}: the same in every message and file about it. */
	public String uid(long sessionId) {
		return "session-" + sessionId + "@" + this.host;
	}

	private Calendar calendar(net.fortuna.ical4j.model.property.Method method) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT_ID));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(method);
		return calendar;
	}

	private VEvent event(LiveSession session, Locale language, boolean cancelled) {
		String page = pageUrl(session.id());
		VEvent event = new VEvent(false);
		event.add(new Uid(uid(session.id())));
		event.add(new DtStamp(this.clock.instant().truncatedTo(ChronoUnit.SECONDS)));
		event.add(new DtStart<>(session.startsAt().atZone(session.zone())));
		event.add(new DtEnd<>(session.endsAt().atZone(session.zone())));
		event.add(new Summary(summary(session, language, cancelled)));
		event.add(new Description(description(session, language, cancelled, page)));
		event.add(new Location(page));
		event.add(new Url(URI.create(page)));
		Organizer organizer = new Organizer(CalendarText.mailto(this.organizerEmail));
		organizer.add(new Cn("Pelita"));
		event.add(organizer);
		event.add(new Sequence(session.sequence()));
		event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		return event;
	}

	private String summary(LiveSession session, Locale language, boolean cancelled) {
		String summary = session.courseTitle().isBlank() ? session.title()
				: session.title() + " – " + session.courseTitle();
		return cancelled ? this.translations.translate("schedule.ics.cancelledSummary", language, summary) : summary;
	}

	private String description(LiveSession session, Locale language, boolean cancelled, String page) {
		List<String> lines = new ArrayList<>();
		if (cancelled) {
			lines.add(session.cancelReason() == null
					? this.translations.translate("schedule.ics.cancelled", language)
					: this.translations.translate("schedule.ics.cancelReason", language, session.cancelReason()));
		}
		if (!session.runName().isBlank()) {
			lines.add(this.translations.translate("schedule.ics.run", language, session.courseTitle(),
					session.runName()));
		}
		if (session.instructor() != null) {
			lines.add(this.translations.translate("schedule.ics.instructor", language, session.instructor()));
		}
		lines.add(this.translations.translate("schedule.ics.provider", language,
				this.translations.translate(session.providerLabelKey(), language)));
		lines.add(this.translations.translate("schedule.ics.join", language, page));
		return String.join("\n", lines);
	}

	/** The calendar as a file: CRLF line ends, folded at 75 octets. */
	private static String text(Calendar calendar) {
		return CalendarText.fold(calendar.toString());
	}

	/** The iTIP method of a message to a participant. */
	public enum Method {

		/** An invitation, or an update of one (same UID, higher SEQUENCE). */
		REQUEST,
		/** The session was cancelled (same UID, higher SEQUENCE, STATUS:CANCELLED). */
		CANCEL;

		/** The message a session calls for now: {@code CANCEL} once it is cancelled, {@code REQUEST} before. */
		public static Method of(LiveSession session) {
			return session.cancelled() ? CANCEL : REQUEST;
		}

	}

	/**
	 * The person an invitation goes to.
	 * @param language the language of the texts in the invitation (Indonesian unless the person chose English)
	 */
	public record Attendee(String name, String email, Locale language) {

		public Attendee(String name, String email) {
			this(name, email, Translations.INDONESIAN);
		}

	}

}
