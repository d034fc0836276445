package id.pelita.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import id.pelita.identity.AccountStatus;
import id.pelita.shared.security.Role;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long>, JpaSpecificationExecutor<Account> {

	String PERSON_ROW = "select new id.pelita.identity.internal.PersonRow(a.id, a.nip, a.fullName, a.rankGrade, "
			+ "a.position, a.agencyId, a.email, a.status, a.language) from Account a";

	Optional<Account> findByUsername(String username);

	Optional<Account> findByEmail(String email);

	Optional<Account> findByNip(String nip);

	/** The roles come in the same query: a roster of thousands must not cost a query per person. */

	boolean existsByUsername(String username);

	boolean existsByEmail(String email);

	boolean existsByNip(String nip);

	/** People by NIP as plain rows: no entities, no roles, so that thousands cost one query. */
	@Query(PERSON_ROW + " where a.nip in :nips")
	List<PersonRow> findPeopleByNipIn(Collection<String> nips);

	@Query(PERSON_ROW + " where a.id in :ids")
	List<PersonRow> findPeopleByIdIn(Collection<Long> ids);

	@Query(PERSON_ROW + " where a.agencyId = :agencyId and a.status = id.pelita.identity.AccountStatus.ACTIVE"
			+ " and exists (select 1 from Account c join c.roles r where c.id = a.id"
			+ " and r = id.pelita.shared.security.Role.AGENCY_COORDINATOR) order by a.fullName")
	List<PersonRow> findActiveCoordinatorsOf(long agencyId);

	@Query(PERSON_ROW + " where a.status = id.pelita.identity.AccountStatus.ACTIVE and a.agencyId is not null"
			+ " and exists (select 1 from Account c join c.roles r where c.id = a.id"
			+ " and r = id.pelita.shared.security.Role.AGENCY_COORDINATOR) order by a.agencyId, a.fullName")
	List<PersonRow> findActiveCoordinators();

	/** Pairs of account id and time zone id. */
	@Query("select a.id, a.timeZone from Account a where a.id in :ids")
	List<Object[]> findTimeZonesByIdIn(Collection<Long> ids);

	@Query(PERSON_ROW + " where a.agencyId in :agencyIds order by a.fullName")
	List<PersonRow> findPeopleByAgencyIdIn(Collection<Long> agencyIds);

	@Query(PERSON_ROW + " join a.roles r where r = :role and a.status = :status order by a.fullName")
	List<PersonRow> findPeopleByRoleAndStatus(Role role, AccountStatus status);

	@Query("select count(a) > 0 from Account a join a.roles r where r = :role and a.status = :status")
	boolean existsByRoleAndStatus(Role role, AccountStatus status);

}
