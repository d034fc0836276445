package id.pelita.liveclass;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.pelita.catalog.RunService;
import id.pelita.enrolment.RunRoster;
import id.pelita.liveclass.internal.SessionRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-ups of sessions for other modules and for jobs (invitations, reminders, calendar feeds). It
 * returns facts, not rights: the caller decides who may see what.
 */
@Service
public class LiveSessionDirectory {

	private final SessionRepository sessions;

	private final RunService runs;

	private final RunRoster roster;

	LiveSessionDirectory(SessionRepository sessions, RunService runs, RunRoster roster) {
		this.sessions = sessions;
		this.runs = runs;
		this.roster = roster;
	}

	@Transactional(readOnly = true)
	public Optional<LiveSession> find(long sessionId) {
		return this.sessions.findById(sessionId)
			.map(record -> LiveSessionService.view(record, this.runs.runs(List.of(record.getRunId()))
				.stream()
				.findFirst()
				.orElse(null), true));
	}

	/** The sessions of the runs in which the account holds a confirmed seat, cancelled ones included. */
	@Transactional(readOnly = true)
	public List<LiveSession> ofAccount(long accountId) {
		Set<Long> runIds = this.roster.confirmedRuns(accountId);
		if (runIds.isEmpty()) {
			return List.of();
		}
		var records = this.sessions.findByRunIdInOrderByStartsAt(runIds);
		var runById = this.runs.runs(runIds)
			.stream()
			.collect(java.util.stream.Collectors.toMap(r -> r.id(), r -> r));
		return records.stream().map(r -> LiveSessionService.view(r, runById.get(r.getRunId()), true)).toList();
	}

	/** The sessions of a run, cancelled ones included, in time order. */
	@Transactional(readOnly = true)
	public List<LiveSession> ofRun(long runId) {
		var runById = this.runs.runs(List.of(runId)).stream().findFirst().orElse(null);
		return this.sessions.findByRunIdOrderByStartsAt(runId)
			.stream()
			.map(r -> LiveSessionService.view(r, runById, true))
			.toList();
	}

	/** The accounts invited to the session: the confirmed participants of its run. */
	@Transactional(readOnly = true)
	public List<Long> participants(long sessionId) {
		return this.sessions.findById(sessionId).map(s -> this.roster.confirmedAccounts(s.getRunId())).orElse(List.of());
	}

}
