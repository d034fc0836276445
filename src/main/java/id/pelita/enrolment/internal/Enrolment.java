package id.pelita.enrolment.internal;

import java.time.Instant;

import id.pelita.enrolment.EnrolmentSource;
import id.pelita.enrolment.EnrolmentStatus;
import org.jspecify.annotations.Nullable;

/** One person's enrolment in one run, as stored; changed only while the run's lock is held. */
public final class Enrolment {

	private @Nullable Long id;

	private final long runId;

	private final long accountId;

	private @Nullable Long agencyId;

	private @Nullable Long reservationAgencyId;

	private @Nullable Long seatPool;

	private EnrolmentStatus status;

	private EnrolmentSource source;

	private @Nullable Long waitlistSeq;

	private @Nullable Long nominationId;

	private @Nullable String reason;

	private @Nullable Long decidedBy;

	private @Nullable Instant decidedAt;

	private final Instant createdAt;

	private Instant updatedAt;

	Enrolment(@Nullable Long id, long runId, long accountId, @Nullable Long agencyId,
			@Nullable Long reservationAgencyId, @Nullable Long seatPool, EnrolmentStatus status, EnrolmentSource source,
			@Nullable Long waitlistSeq, @Nullable Long nominationId, @Nullable String reason,
			@Nullable Long decidedBy, @Nullable Instant decidedAt, Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.runId = runId;
		this.accountId = accountId;
		this.agencyId = agencyId;
		this.reservationAgencyId = reservationAgencyId;
		this.seatPool = seatPool;
		this.status = status;
		this.source = source;
		this.waitlistSeq = waitlistSeq;
		this.nominationId = nominationId;
		this.reason = reason;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	/** A new enrolment, not stored yet; its status is set by {@link #confirm}, {@link #waitlist} or {@link #awaitApproval}. */
	public static Enrolment start(long runId, long accountId, @Nullable Long agencyId,
			@Nullable Long reservationAgencyId, EnrolmentSource source, Instant now) {
		return new Enrolment(null, runId, accountId, agencyId, reservationAgencyId, null, EnrolmentStatus.CANCELLED,
				source, null, null, null, null, null, now, now);
	}

	/** Starts over an ended enrolment of the same person and run (the row is unique per run and person). */
	public void restart(@Nullable Long agencyId, @Nullable Long reservationAgencyId, EnrolmentSource source,
			Instant now) {
		this.agencyId = agencyId;
		this.reservationAgencyId = reservationAgencyId;
		this.source = source;
		this.seatPool = null;
		this.waitlistSeq = null;
		this.nominationId = null;
		this.reason = null;
		this.decidedBy = null;
		this.decidedAt = null;
		this.updatedAt = now;
	}

	public void confirm(long pool, Instant now) {
		this.status = EnrolmentStatus.CONFIRMED;
		this.seatPool = pool;
		this.waitlistSeq = null;
		this.updatedAt = now;
	}

	public void waitlist(long sequence, Instant now) {
		this.status = EnrolmentStatus.WAITLISTED;
		this.seatPool = null;
		this.waitlistSeq = sequence;
		this.updatedAt = now;
	}

	public void awaitApproval(Instant now) {
		this.status = EnrolmentStatus.PENDING_APPROVAL;
		this.seatPool = null;
		this.waitlistSeq = null;
		this.updatedAt = now;
	}

	public void end(EnrolmentStatus endStatus, @Nullable String reason, long decidedBy, Instant now) {
		this.status = endStatus;
		this.seatPool = null;
		this.waitlistSeq = null;
		this.reason = reason;
		this.decidedBy = decidedBy;
		this.decidedAt = now;
		this.updatedAt = now;
	}

	public void decidedBy(long accountId, Instant now) {
		this.decidedBy = accountId;
		this.decidedAt = now;
	}

	public void moveToPool(long pool, Instant now) {
		this.seatPool = pool;
		this.updatedAt = now;
	}

	public void nominatedIn(long nominationId) {
		this.nominationId = nominationId;
	}

	void assignId(long id) {
		this.id = id;
	}

	public long id() {
		if (this.id == null) {
			throw new IllegalStateException("Enrolment not stored yet");
		}
		return this.id;
	}

	public boolean isNew() {
		return this.id == null;
	}

	public long runId() {
		return this.runId;
	}

	public long accountId() {
		return this.accountId;
	}

	public @Nullable Long agencyId() {
		return this.agencyId;
	}

	public @Nullable Long reservationAgencyId() {
		return this.reservationAgencyId;
	}

	public @Nullable Long seatPool() {
		return this.seatPool;
	}

	public EnrolmentStatus status() {
		return this.status;
	}

	public EnrolmentSource source() {
		return this.source;
	}

	public @Nullable Long waitlistSeq() {
		return this.waitlistSeq;
	}

	public @Nullable Long nominationId() {
		return this.nominationId;
	}

	public @Nullable String reason() {
		return this.reason;
	}

	public @Nullable Long decidedBy() {
		return this.decidedBy;
	}

	public @Nullable Instant decidedAt() {
		return this.decidedAt;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
