package id.pelita.catalog.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import id.pelita.catalog.RunStatus;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CourseRunRepository extends JpaRepository<CourseRun, Long> {

	@EntityGraph(attributePaths = "agencySeats")
	@Query("select r from CourseRun r where r.month = :month order by r.registrationOpensAt, r.id")
	List<CourseRun> findByMonth(LocalDate month);

	/** Published runs whose registration has not closed yet, in the given months. */
	@EntityGraph(attributePaths = "agencySeats")
	@Query("""
			select r from CourseRun r where r.status = :status and r.registrationClosesAt > :now
			and r.month in :months order by r.registrationClosesAt, r.id""")
	List<CourseRun> findOpenOrUpcoming(RunStatus status, Instant now, Collection<LocalDate> months);

	/** Published runs taking registrations at this moment. */
	@EntityGraph(attributePaths = "agencySeats")
	@Query("""
			select r from CourseRun r where r.status = :status and r.registrationOpensAt <= :now
			and r.registrationClosesAt > :now order by r.registrationClosesAt, r.id""")
	List<CourseRun> findTakingRegistrations(RunStatus status, Instant now);

	@EntityGraph(attributePaths = "agencySeats")
	@Query("select r from CourseRun r where r.id in :ids")
	List<CourseRun> findAllWithSeatsByIdIn(Collection<Long> ids);

}
