package id.pelita.identity.internal;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginThrottleRepository extends JpaRepository<LoginThrottle, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from LoginThrottle t where t.key = :key")
	Optional<LoginThrottle> findForUpdate(String key);

	/** Creates the row of a key if it is missing, without failing when another node creates it at once. */
	@Modifying
	@Query(value = "insert into login_throttle (throttle_key, failures, window_started_at) values (:key, 0, :now) "
			+ "on conflict do nothing", nativeQuery = true)
	void ensureExists(String key, Instant now);

	@Modifying
	@Query("delete from LoginThrottle t where t.lockedUntil is null and t.windowStartedAt < :before")
	int deleteExpired(Instant before);

}
