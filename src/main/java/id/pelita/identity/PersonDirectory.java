package id.pelita.identity;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.pelita.identity.internal.Account;
import id.pelita.identity.internal.AccountRepository;
import id.pelita.identity.internal.PersonRow;
import id.pelita.shared.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-ups of people for other modules (enrolment, rosters, certificates). It returns facts, not
 * rights: the calling service decides who may see whom.
 */
@Service
public class PersonDirectory {

	private static final int CHUNK = 1000;

	private final AccountRepository accounts;

	PersonDirectory(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	public Optional<PersonRef> find(long accountId) {
		return this.accounts.findById(accountId).map(PersonDirectory::ref);
	}

	@Transactional(readOnly = true)
	public Optional<PersonRef> findByNip(String nip) {
		return this.accounts.findByNip(nip).map(PersonDirectory::ref);
	}

	/** The people with these (normalised, 18-digit) NIPs; NIPs nobody has are left out. */
	@Transactional(readOnly = true)
	public List<PersonRef> findByNips(Collection<String> nips) {
		return chunked(List.copyOf(nips)).stream()
			.flatMap(chunk -> this.accounts.findPeopleByNipIn(chunk).stream())
			.map(PersonDirectory::ref)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<PersonRef> findAll(Collection<Long> accountIds) {
		return chunked(List.copyOf(accountIds)).stream()
			.flatMap(chunk -> this.accounts.findPeopleByIdIn(chunk).stream())
			.map(PersonDirectory::ref)
			.toList();
	}

	/** Every active agency coordinator, ordered by agency and name. */
	@Transactional(readOnly = true)
	public List<PersonRef> coordinators() {
		return this.accounts.findActiveCoordinators().stream().map(PersonDirectory::ref).toList();
	}

	/** The active agency coordinators of exactly this agency, ordered by name. */
	@Transactional(readOnly = true)
	public List<PersonRef> coordinatorsOf(long agencyId) {
		return this.accounts.findActiveCoordinatorsOf(agencyId).stream().map(PersonDirectory::ref).toList();
	}

	/** The time zones of these accounts, for showing times to them (messages); unknown accounts are left out. */
	@Transactional(readOnly = true)
	public Map<Long, ZoneId> zones(Collection<Long> accountIds) {
		Map<Long, ZoneId> zones = new HashMap<>();
		chunked(List.copyOf(accountIds)).forEach(chunk -> this.accounts.findTimeZonesByIdIn(chunk)
			.forEach(row -> zones.put((Long) row[0], ZoneId.of((String) row[1]))));
		return zones;
	}

	/** Everyone whose agency is one of these, ordered by name. */
	@Transactional(readOnly = true)
	public List<PersonRef> inAgencies(Collection<Long> agencyIds) {
		return agencyIds.isEmpty() ? List.of()
				: this.accounts.findPeopleByAgencyIdIn(agencyIds).stream().map(PersonDirectory::ref).toList();
	}

	/** The active accounts holding the role, ordered by name (for example the organisers who can host a session). */
	@Transactional(readOnly = true)
	public List<PersonRef> withRole(Role role) {
		return this.accounts.findPeopleByRoleAndStatus(role, AccountStatus.ACTIVE)
			.stream()
			.map(PersonDirectory::ref)
			.toList();
	}

	private static <T> List<List<T>> chunked(List<T> values) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < values.size(); from += CHUNK) {
			chunks.add(values.subList(from, Math.min(values.size(), from + CHUNK)));
		}
		return chunks;
	}

	private static PersonRef ref(PersonRow row) {
		return new PersonRef(row.id(), row.nip(), row.fullName(), row.rankGrade(), row.position(), row.agencyId(),
				row.email(), row.status(), Locale.forLanguageTag(row.language()));
	}

	static PersonRef ref(Account account) {
		return new PersonRef(account.getId(), account.getNip(), account.getFullName(), account.getRankGrade(),
				account.getPosition(), account.getAgencyId(), account.getEmail(), account.getStatus(),
				Locale.forLanguageTag(account.getLanguage()));
	}

}
