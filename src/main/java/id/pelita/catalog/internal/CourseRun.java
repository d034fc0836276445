package id.pelita.catalog.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "course_run")
public class CourseRun {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "course_id", nullable = false)
	private long courseId;

	@Column(nullable = false)
	private String name;

	@Column(name = "run_month", nullable = false)
	private LocalDate month;

	@Column(name = "registration_opens_at", nullable = false)
	private Instant registrationOpensAt;

	@Column(name = "registration_closes_at", nullable = false)
	private Instant registrationClosesAt;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	private int seats;

	@ElementCollection
	@CollectionTable(name = "course_run_agency_seats", joinColumns = @JoinColumn(name = "run_id"))
	@MapKeyColumn(name = "agency_id")
	@Column(name = "seats")
	private Map<Long, Integer> agencySeats = new HashMap<>();

	@Enumerated(EnumType.STRING)
	@Column(name = "enrolment_mode", nullable = false)
	private EnrolmentMode enrolmentMode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RunStatus status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected CourseRun() {
	}

	public CourseRun(long courseId, Instant now) {
		this.courseId = courseId;
		this.status = RunStatus.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public void schedule(String name, LocalDate month, Instant registrationOpensAt, Instant registrationClosesAt,
			LocalDate startsOn, LocalDate endsOn, int seats, Map<Long, Integer> agencySeats,
			EnrolmentMode enrolmentMode, Instant now) {
		this.name = name;
		this.month = month;
		this.registrationOpensAt = registrationOpensAt;
		this.registrationClosesAt = registrationClosesAt;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.seats = seats;
		this.agencySeats.clear();
		this.agencySeats.putAll(agencySeats);
		this.enrolmentMode = enrolmentMode;
		this.updatedAt = now;
	}

	public void changeStatus(RunStatus status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getCourseId() {
		return this.courseId;
	}

	public String getName() {
		return this.name;
	}

	public LocalDate getMonth() {
		return this.month;
	}

	public Instant getRegistrationOpensAt() {
		return this.registrationOpensAt;
	}

	public Instant getRegistrationClosesAt() {
		return this.registrationClosesAt;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public int getSeats() {
		return this.seats;
	}

	public Map<Long, Integer> getAgencySeats() {
		return this.agencySeats;
	}

	public EnrolmentMode getEnrolmentMode() {
		return this.enrolmentMode;
	}

	public RunStatus getStatus() {
		return this.status;
	}

}
