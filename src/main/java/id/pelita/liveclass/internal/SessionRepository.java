package id.pelita.liveclass.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SessionRepository extends JpaRepository<SessionRecord, Long> {

	List<SessionRecord> findByRunIdOrderByStartsAt(long runId);

	List<SessionRecord> findByRunIdInOrderByStartsAt(Collection<Long> runIds);

	/** Sessions overlapping [from, to): those starting before {@code to} and starting after {@code from} minus a day. */
	@Query("select s from SessionRecord s where s.startsAt >= :from and s.startsAt < :to order by s.startsAt")
	List<SessionRecord> startingBetween(Instant from, Instant to);

	Optional<SessionRecord> findByProviderAndMeetingId(String provider, String meetingId);

	/** The session, locked for the change about to be made (a move racing a cancellation, a provider sync). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from SessionRecord s where s.id = :id")
	Optional<SessionRecord> lock(long id);

}
