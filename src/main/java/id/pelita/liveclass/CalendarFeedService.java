package id.pelita.liveclass;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import id.pelita.identity.AccountStatus;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.liveclass.internal.FeedTokens;
import id.pelita.shared.PublicUrl;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.OpaqueTokens;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feeds: a secret address ({@code <pelita.public-url>/calendar/feed/<secret>.ics}) that a calendar
 * program (Google Calendar, Outlook, Apple Calendar) subscribes to without signing in, listing the sessions of every
 * run in which the person holds a confirmed seat. The secret is shown once, when it is made; only its SHA-256 is
 * stored. Renewing it makes the previous address stop working; so does revoking it, or the account being disabled.
 */
@Service
public class CalendarFeedService {

	/** The path of feeds, followed by the secret and {@code .ics}. */
	public static final String PATH = "/calendar/feed/";

	private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{40,100}");

	private final FeedTokens tokens;

	private final LiveSessionDirectory sessions;

	private final PersonDirectory people;

	private final SessionCalendar calendar;

	private final Translations translations;

	private final Clock clock;

	private final PublicUrl publicUrl;

	CalendarFeedService(FeedTokens tokens, LiveSessionDirectory sessions, PersonDirectory people,
			SessionCalendar calendar, Translations translations, Clock clock,
			PublicUrl publicUrl) {
		this.tokens = tokens;
		this.sessions = sessions;
		this.people = people;
		this.calendar = calendar;
		this.translations = translations;
		this.clock = clock;
		this.publicUrl = publicUrl;
	}

	/**
	 * Makes a new secret feed address for the signed-in person and returns it; it is not shown again. An address
	 * made before stops working.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public String renew() {
		String secret = OpaqueTokens.generate("");
		this.tokens.replace(CurrentUser.require().accountId(), OpaqueTokens.sha256(secret), this.clock.instant());
		return this.publicUrl.link(PATH + secret + ".ics");
	}

	/** Switches the signed-in person's feed off; returns whether there was one. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public boolean revoke() {
		return this.tokens.delete(CurrentUser.require().accountId());
	}

	/** When the signed-in person's current feed address was made; empty when they have none. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Optional<Instant> linkCreatedAt() {
		return this.tokens.createdAt(CurrentUser.require().accountId());
	}

	/**
	 * The feed of the secret, for a calendar program (nobody is signed in: the secret names the person). Empty for an
	 * unknown, renewed or revoked secret and for an account that may not sign in.
	 */
	@Transactional(readOnly = true)
	public Optional<String> feed(String secret) {
		if (!TOKEN_SHAPE.matcher(secret).matches()) {
			return Optional.empty();
		}
		return this.tokens.accountOf(OpaqueTokens.sha256(secret))
			.flatMap(this.people::find)
			.filter(person -> person.status() == AccountStatus.ACTIVE)
			.map(this::feedOf);
	}

	private String feedOf(PersonRef person) {
		List<LiveSession> mine = this.sessions.ofAccount(person.accountId());
		String name = this.translations.translate("schedule.ics.feedName", person.language());
		return this.calendar.feed(mine, name, person.language());
	}

}
