package id.pelita.agency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.pelita.agency.internal.ApiToken;
import id.pelita.agency.internal.ApiTokenRepository;
import id.pelita.identity.AccountStatus;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.security.ApiTokenAuthenticator;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.OpaqueTokens;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-agency API tokens for HR systems. A coordinator creates one (its value is shown once and only its SHA-256
 * is stored), sees when each was last used, and revokes it. A call with a token acts as the coordinator who
 * created it, with the coordinator role only and the token's agency, so every service checks an API call as it
 * checks that coordinator. A token stops working when it is revoked or its creator's account is switched off.
 */
@Service
public class ApiTokenService implements ApiTokenAuthenticator {

	/** What every generated token starts with, so that secret scanners and people recognise it. */
	public static final String PREFIX = "pelita_";

	static final int MAX_NAME = 100;

	/** A token's last use is written at most this often. */
	static final Duration USE_GRANULARITY = Duration.ofMinutes(1);

	private final ApiTokenRepository tokens;

	private final PersonDirectory people;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokenService(ApiTokenRepository tokens, PersonDirectory people, AuditLog audit, Clock clock) {
		this.audit = audit;
		this.tokens = tokens;
		this.people = people;
		this.clock = clock;
	}

	/** Creates a token for the coordinator's agency; the result is the only time its value is seen. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional
	public NewApiToken create(String name) {
		Coordinator coordinator = coordinator();
		String value = OpaqueTokens.generate(PREFIX);
		ApiToken token = this.tokens.saveAndFlush(new ApiToken(coordinator.agencyId(), requireName(name),
				OpaqueTokens.sha256(value), prefix(value), coordinator.user().accountId(), this.clock.instant()));
		this.audit.record(AuditEntry.of(AuditAction.API_TOKEN_CREATED, AuditObject.API_TOKEN, token.getId())
			.about(coordinator.user().accountId(), coordinator.agencyId())
			.facts(Map.of("name", token.getName(), "prefix", token.getTokenPrefix())));
		return new NewApiToken(token.getId(), token.getName(), value);
	}

	/** The tokens of the coordinator's agency, newest first, revoked ones included. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public List<ApiTokenSummary> tokens() {
		List<ApiToken> found = this.tokens.findByAgencyIdOrderByCreatedAtDesc(coordinator().agencyId());
		Map<Long, String> names = this.people.findAll(found.stream().map(ApiToken::getCreatedBy).distinct().toList())
			.stream()
			.collect(Collectors.toMap(PersonRef::accountId, PersonRef::fullName, (a, b) -> a));
		return found.stream()
			.map(token -> new ApiTokenSummary(token.getId(), token.getName(), token.getTokenPrefix(),
					token.getCreatedAt(), names.getOrDefault(token.getCreatedBy(), ""), token.getLastUsedAt(),
					token.getRevokedAt()))
			.toList();
	}

	/** Revokes a token of the coordinator's agency: calls with it get 401 from now on. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional
	public void revoke(long tokenId) {
		Coordinator coordinator = coordinator();
		PelitaUser user = coordinator.user();
		ApiToken token = this.tokens.findById(tokenId)
			.filter(found -> found.getAgencyId() == coordinator.agencyId())
			.orElseThrow(() -> new OutsideScopeException("apiToken.error.notFound"));
		if (!token.isRevoked()) {
			token.revoke(user.accountId(), this.clock.instant());
			this.audit.record(AuditEntry.of(AuditAction.API_TOKEN_REVOKED, AuditObject.API_TOKEN, token.getId())
				.about(token.getCreatedBy(), token.getAgencyId())
				.facts(Map.of("name", token.getName(), "prefix", token.getTokenPrefix())));
		}
	}

	@Override
	@Transactional
	public Optional<PelitaUser> authenticate(String bearerToken) {
		if (bearerToken.length() > 200) {
			return Optional.empty();
		}
		Optional<ApiToken> token = this.tokens.findByTokenHash(OpaqueTokens.sha256(bearerToken))
			.filter(found -> !found.isRevoked());
		Optional<PersonRef> creator = token.flatMap(found -> this.people.find(found.getCreatedBy()))
			.filter(person -> person.status() != AccountStatus.DISABLED);
		if (token.isEmpty() || creator.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		this.tokens.recordUse(token.get().getId(), now, now.minus(USE_GRANULARITY));
		return Optional.of(new PelitaUser(creator.get().accountId(), "api-token-" + token.get().getId(), null,
				creator.get().fullName(), true, EnumSet.of(Role.AGENCY_COORDINATOR), token.get().getAgencyId(),
				creator.get().language(), IndonesianTime.DEFAULT_ZONE));
	}

	/**
	 * Registers a token whose value is known in advance, for the demo data of the embedded default; does nothing
	 * when it exists. Not reachable from any page or API.
	 */
	@Transactional
	public void registerKnownToken(long agencyId, long createdBy, String name, String value) {
		String hash = OpaqueTokens.sha256(value);
		if (!this.tokens.existsByTokenHash(hash)) {
			this.tokens.saveAndFlush(new ApiToken(agencyId, requireName(name), hash, prefix(value), createdBy,
					this.clock.instant()));
		}
	}

	private static Coordinator coordinator() {
		PelitaUser user = CurrentUser.requireRole(Role.AGENCY_COORDINATOR);
		Long agencyId = user.agencyId();
		if (agencyId == null) {
			throw new AccessDeniedException("A coordinator without an agency has no API tokens");
		}
		return new Coordinator(user, agencyId);
	}

	/** The signed-in coordinator with the agency they act for (never absent once checked). */
	private record Coordinator(PelitaUser user, long agencyId) {
	}

	private static String requireName(String name) {
		String value = name == null ? "" : name.strip();
		if (value.isEmpty()) {
			throw new UserFacingException("apiToken.error.nameRequired");
		}
		if (value.length() > MAX_NAME) {
			throw new UserFacingException("apiToken.error.nameTooLong", MAX_NAME);
		}
		return value;
	}

	private static String prefix(String value) {
		return value.substring(0, Math.min(value.length(), PREFIX.length() + 4));
	}

}
