package id.pelita.identity;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import id.pelita.identity.internal.Account;
import id.pelita.identity.internal.AccountRepository;
import id.pelita.identity.internal.AccountSearch;
import id.pelita.identity.internal.AccountAudits;
import id.pelita.shared.Nip;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and profiles. Administrators create, list, disable accounts and set their roles and agency; everyone
 * edits their own profile and password. Every check is made here, whatever page calls it.
 */
@Service
public class AccountService {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,50}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AgencyDirectory agencies;

	private final AccountAudits audits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AgencyDirectory agencies,
			AccountAudits audits, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.agencies = agencies;
		this.audits = audits;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public long createAccount(NewAccount request) {
		if (request.password() == null) {
			throw new UserFacingException("password.error.tooShort", PasswordPolicy.MIN_LENGTH);
		}
		return create(request);
	}

	/**
	 * Creates an account without an administrator signed in: the first administrator of a production
	 * installation and the demo data. Not reachable from any page. Without a password the account waits for
	 * activation.
	 */
	@Transactional
	public long createSystemAccount(NewAccount request) {
		return create(request);
	}

	private long create(NewAccount request) {
		boolean pending = request.password() == null;
		String username = normaliseUsername(request.username());
		String email = normaliseEmail(request.email());
		String nip = request.nip() == null || request.nip().isBlank() ? null : Nip.parse(request.nip()).value();
		String fullName = requireName(request.fullName());
		checkAccess(request.roles(), request.agencyId());
		if (!pending) {
			PasswordPolicy.check(request.password(), username, nip);
		}
		if (this.accounts.existsByUsername(username)) {
			throw new UserFacingException("account.error.usernameTaken", username);
		}
		if (email != null && this.accounts.existsByEmail(email)) {
			throw new UserFacingException("account.error.emailTaken", email);
		}
		if (nip != null && this.accounts.existsByNip(nip)) {
			throw new UserFacingException("account.error.nipTaken", nip);
		}
		AccountStatus status = pending ? AccountStatus.PENDING_ACTIVATION : AccountStatus.ACTIVE;
		Account account = new Account(username, fullName, status, this.clock.instant());
		account.setEmail(email);
		account.setNip(nip);
		account.setPhone(blankToNull(request.phone()));
		account.setAgencyId(request.agencyId());
		account.setRoles(request.roles());
		account.setRankGrade(blankToNull(request.rankGrade()));
		account.setPosition(blankToNull(request.position()));
		account.setPasswordHash(pending ? null : this.passwordEncoder.encode(request.password()));
		this.accounts.saveAndFlush(account);
		this.audits.created(account);
		this.events.publishEvent(new AccountCreated(account.getId(), username, email, request.agencyId(), status));
		return account.getId();
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Page<AccountSummary> search(@Nullable String text, @Nullable Role role, @Nullable Long agencyId,
			Pageable pageable) {
		return this.accounts.findAll(AccountSearch.matching(text, role, agencyId), pageable).map(AccountService::summary);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void setEnabled(long accountId, boolean enabled) {
		PelitaUser admin = CurrentUser.require();
		if (!enabled && admin.accountId() == accountId) {
			throw new UserFacingException("account.error.selfDisable");
		}
		Account account = load(accountId);
		AccountStatus before = account.getStatus();
		if (enabled) {
			account.setStatus(account.getPasswordHash() == null ? AccountStatus.PENDING_ACTIVATION
					: AccountStatus.ACTIVE);
		}
		else {
			account.setStatus(AccountStatus.DISABLED);
		}
		account.touch(this.clock.instant());
		this.audits.statusChanged(account, before);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void changeAccess(long accountId, Set<Role> roles, @Nullable Long agencyId) {
		PelitaUser admin = CurrentUser.require();
		if (admin.accountId() == accountId && !roles.contains(Role.ADMIN)) {
			throw new UserFacingException("account.error.selfDemote");
		}
		checkAccess(roles, agencyId);
		Account account = load(accountId);
		Map<String, @Nullable Object> before = AccountAudits.facts(account);
		account.setRoles(roles);
		account.setAgencyId(agencyId);
		account.touch(this.clock.instant());
		this.audits.changed(AuditAction.ACCOUNT_ACCESS_CHANGED, before, account);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void resetPassword(long accountId, String newPassword) {
		Account account = load(accountId);
		PasswordPolicy.check(newPassword, account.getUsername(), account.getNip());
		account.setPasswordHash(this.passwordEncoder.encode(newPassword));
		if (account.getStatus() == AccountStatus.PENDING_ACTIVATION) {
			account.setStatus(AccountStatus.ACTIVE);
		}
		account.touch(this.clock.instant());
		this.audits.passwordSet(AuditAction.PASSWORD_SET_BY_ADMIN, account, true);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Profile myProfile() {
		Account account = load(CurrentUser.require().accountId());
		return new Profile(account.getId(), account.getUsername(), account.getNip(), account.getFullName(),
				account.getRankGrade(), account.getPosition(), account.getAgencyId(), account.getEmail(),
				account.getPhone(), ZoneId.of(account.getTimeZone()), Locale.forLanguageTag(account.getLanguage()));
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void updateMyProfile(ProfileUpdate update) {
		PelitaUser user = CurrentUser.require();
		Account account = load(user.accountId());
		String email = normaliseEmail(update.email());
		if (email != null && !email.equals(account.getEmail()) && this.accounts.existsByEmail(email)) {
			throw new UserFacingException("account.error.emailTaken", email);
		}
		if (!IndonesianTime.ZONES.contains(update.zone())) {
			throw new UserFacingException("profile.error.zone");
		}
		Map<String, @Nullable Object> before = AccountAudits.facts(account);
		account.setFullName(requireName(update.fullName()));
		account.setRankGrade(blankToNull(update.rankGrade()));
		account.setPosition(blankToNull(update.position()));
		account.setEmail(email);
		account.setPhone(blankToNull(update.phone()));
		account.setTimeZone(update.zone().getId());
		account.setLanguage(Translations.supported(update.language()).getLanguage());
		account.touch(this.clock.instant());
		this.audits.changed(AuditAction.PROFILE_CHANGED, before, account);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void changeMyPassword(String currentPassword, String newPassword) {
		Account account = load(CurrentUser.require().accountId());
		if (account.getPasswordHash() == null
				|| !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new UserFacingException("password.error.currentWrong");
		}
		PasswordPolicy.check(newPassword, account.getUsername(), account.getNip());
		account.setPasswordHash(this.passwordEncoder.encode(newPassword));
		account.touch(this.clock.instant());
		this.audits.passwordSet(AuditAction.PASSWORD_CHANGED, account, true);
	}

	private Account load(long accountId) {
		return this.accounts.findById(accountId)
			.orElseThrow(() -> new UserFacingException("account.error.notFound", accountId));
	}

	private void checkAccess(Set<Role> roles, @Nullable Long agencyId) {
		if (roles.isEmpty()) {
			throw new UserFacingException("account.error.roleRequired");
		}
		if (agencyId != null && this.agencies.find(agencyId).isEmpty()) {
			throw new UserFacingException("account.error.agencyUnknown", agencyId);
		}
		if (roles.contains(Role.AGENCY_COORDINATOR) && agencyId == null) {
			throw new UserFacingException("account.error.coordinatorNeedsAgency");
		}
	}

	private static AccountSummary summary(Account account) {
		return new AccountSummary(account.getId(), account.getUsername(), account.getFullName(), account.getNip(),
				account.getEmail(), account.getAgencyId(), Set.copyOf(account.getRoles()), account.getStatus());
	}

	private static String normaliseUsername(@Nullable String username) {
		String value = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		if (!USERNAME.matcher(value).matches()) {
			throw new UserFacingException("account.error.usernameInvalid");
		}
		return value;
	}

	private static @Nullable String normaliseEmail(@Nullable String email) {
		if (email == null || email.isBlank()) {
			return null;
		}
		String value = email.strip().toLowerCase(Locale.ROOT);
		if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
			throw new UserFacingException("account.error.emailInvalid", email.strip());
		}
		return value;
	}

	private static String requireName(@Nullable String name) {
		if (name == null || name.isBlank()) {
			throw new UserFacingException("account.error.nameRequired");
		}
		if (name.strip().length() > 200) {
			throw new UserFacingException("account.error.nameTooLong", 200);
		}
		return name.strip();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
