package id.pelita.enrolment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.pelita.catalog.RunDetails;
import id.pelita.enrolment.EnrolledRun;
import id.pelita.enrolment.EnrolmentCancelled;
import id.pelita.enrolment.EnrolmentConfirmed;
import id.pelita.enrolment.EnrolmentOutcome;
import id.pelita.enrolment.EnrolmentPromoted;
import id.pelita.enrolment.EnrolmentRejected;
import id.pelita.enrolment.EnrolmentSource;
import id.pelita.enrolment.EnrolmentStatus;
import id.pelita.enrolment.EnrolmentWaitlisted;
import id.pelita.enrolment.internal.SeatKeeper.RunSeats;
import id.pelita.identity.PersonRef;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.time.IndonesianTime;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The steps every audience's service takes when it changes an enrolment: start or restart it, write it, tell the
 * listeners what became of it, end it and give its seat to the waitlist. Called inside the service's transaction,
 * with the run's seats locked ({@link SeatKeeper#open}).
 */
@Component
public class EnrolmentChanges {

	private static final int REASON_LENGTH = 500;

	private final EnrolmentStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EnrolmentChanges(EnrolmentStore store, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/** A new enrolment of the person, or their ended one started again, using their agency's reservation. */
	public Enrolment begin(Optional<Enrolment> previous, RunDetails run, PersonRef person, RunSeats seats,
			EnrolmentSource source, Instant now) {
		Long reservation = seats.reservationFor(person.agencyId());
		if (previous.isPresent()) {
			previous.get().restart(person.agencyId(), reservation, source, now);
			return previous.get();
		}
		return Enrolment.start(run.id(), person.accountId(), person.agencyId(), reservation, source, now);
	}

	public void save(Enrolment enrolment) {
		if (enrolment.isNew()) {
			this.store.insert(enrolment);
		}
		else {
			this.store.update(enrolment);
		}
	}

	/** Publishes what became of an enrolment (confirmed or waitlisted) and returns it. */
	public EnrolmentOutcome announce(Enrolment enrolment, RunDetails run) {
		EnrolledRun enrolled = EnrolledRun.of(run);
		Integer position = null;
		switch (enrolment.status()) {
			case CONFIRMED -> this.events.publishEvent(
					new EnrolmentConfirmed(enrolment.id(), enrolment.accountId(), enrolled, enrolment.source(),
							UUID.randomUUID()));
			case WAITLISTED -> {
				position = this.store.waitlistPosition(run.id(), enrolment.waitlistSeq());
				this.events.publishEvent(
						new EnrolmentWaitlisted(enrolment.id(), enrolment.accountId(), enrolled, position,
								UUID.randomUUID()));
			}
			default -> {
			}
		}
		return new EnrolmentOutcome(enrolment.id(), enrolment.status(), position);
	}

	public void announceRejected(Enrolment enrolment, RunDetails run, String reason, long coordinatorId) {
		this.events.publishEvent(new EnrolmentRejected(enrolment.id(), enrolment.accountId(), EnrolledRun.of(run),
				reason, coordinatorId, UUID.randomUUID()));
	}

	public void announcePromoted(List<Enrolment> promoted, RunDetails run) {
		EnrolledRun enrolled = EnrolledRun.of(run);
		promoted.forEach(
				person -> this.events.publishEvent(
						new EnrolmentPromoted(person.id(), person.accountId(), enrolled, UUID.randomUUID())));
	}

	/** Ends an active enrolment, gives its seat to the waitlist and tells everyone concerned. */
	public void end(RunSeats seats, Enrolment enrolment, long actor, @Nullable String reason, boolean byParticipant) {
		Instant now = this.clock.instant();
		boolean heldSeat = enrolment.status() == EnrolmentStatus.CONFIRMED;
		seats.release(enrolment);
		enrolment.end(EnrolmentStatus.CANCELLED, reason, actor, now);
		this.store.update(enrolment);
		List<Enrolment> promoted = heldSeat ? seats.promoteWaiting() : List.of();
		seats.save();
		this.events.publishEvent(new EnrolmentCancelled(enrolment.id(), enrolment.accountId(),
				EnrolledRun.of(seats.run()), byParticipant, reason, heldSeat, UUID.randomUUID()));
		announcePromoted(promoted, seats.run());
	}

	public Instant now() {
		return this.clock.instant();
	}

	/** Today in the platform's zone (WIB), for "before the run starts". */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), IndonesianTime.DEFAULT_ZONE);
	}

	/** The reason a person gave, stripped and cut to what is stored; a refusal when there is none. */
	public static String requireReason(@Nullable String reason, String messageKey) {
		if (reason == null || reason.isBlank()) {
			throw new UserFacingException(messageKey);
		}
		String stripped = reason.strip();
		return stripped.length() > REASON_LENGTH ? stripped.substring(0, REASON_LENGTH) : stripped;
	}

}
