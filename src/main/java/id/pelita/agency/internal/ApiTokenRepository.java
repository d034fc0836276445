package id.pelita.agency.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	boolean existsByTokenHash(String tokenHash);

	List<ApiToken> findByAgencyIdOrderByCreatedAtDesc(long agencyId);

	/** Records a use, at most once per {@code before} interval so that busy tokens do not write on every call. */
	@Modifying
	@Query(value = "update api_token set last_used_at = :now where id = :id "
			+ "and (last_used_at is null or last_used_at < :before)", nativeQuery = true)
	int recordUse(long id, Instant now, Instant before);

}
