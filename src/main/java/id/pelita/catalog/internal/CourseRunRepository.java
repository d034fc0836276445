package id.pelita.catalog.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import id.pelita.catalog.RunStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CourseRunRepository extends JpaRepository<CourseRun, Long> {

	String ROW = "select new id.pelita.catalog.internal.RunRow(r.id, r.courseId, r.name, r.month, r.registrationOpensAt, r.registrationClosesAt, r.startsOn, r.endsOn, r.seats, r.enrolmentMode, r.status) from CourseRun r";

	@Query(ROW + " where r.month = :month order by r.registrationOpensAt, r.id")
	List<RunRow> findByMonth(LocalDate month);

	/** Published runs whose registration has not closed yet, in the given months. */
	@Query(ROW + """
			 where r.status = :status and r.registrationClosesAt > :now
			and r.month in :months order by r.registrationClosesAt, r.id""")
	List<RunRow> findOpenOrUpcoming(RunStatus status, Instant now, Collection<LocalDate> months);

	/** Published runs taking registrations at this moment. */
	@Query(ROW + """
			 where r.status = :status and r.registrationOpensAt <= :now
			and r.registrationClosesAt > :now order by r.registrationClosesAt, r.id""")
	List<RunRow> findTakingRegistrations(RunStatus status, Instant now);

	@Query(ROW + " where r.id in :ids")
	List<RunRow> findRowsByIdIn(Collection<Long> ids);

	/** Seats reserved per agency of these runs, as rows of (run id, agency id, seats). */
	@Query(value = "select run_id, agency_id, seats from course_run_agency_seats where run_id in :runIds",
			nativeQuery = true)
	List<Object[]> findAgencySeats(Collection<Long> runIds);

}
