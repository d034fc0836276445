package id.pelita.liveclass;

import java.util.List;
import java.util.Optional;
import java.util.Set;

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

	private final SessionViews views;

	private final RunRoster roster;

	LiveSessionDirectory(SessionRepository sessions, SessionViews views, RunRoster roster) {
		this.sessions = sessions;
		this.views = views;
		this.roster = roster;
	}

	@Transactional(readOnly = true)
	public Optional<LiveSession> find(long sessionId) {
		return this.sessions.findById(sessionId).map(record -> this.views.of(List.of(record), true).getFirst());
	}

	/** The sessions of the runs in which the account holds a confirmed seat, cancelled ones included. */
	@Transactional(readOnly = true)
	public List<LiveSession> ofAccount(long accountId) {
		Set<Long> runIds = this.roster.confirmedRuns(accountId);
		return runIds.isEmpty() ? List.of() : this.views.of(this.sessions.findByRunIdInOrderByStartsAt(runIds), true);
	}

	/** The sessions of a run, cancelled ones included, in time order. */
	@Transactional(readOnly = true)
	public List<LiveSession> ofRun(long runId) {
		return this.views.of(this.sessions.findByRunIdOrderByStartsAt(runId), true);
	}

	/** The accounts invited to the session: the confirmed participants of its run. */
	@Transactional(readOnly = true)
	public List<Long> participants(long sessionId) {
		return this.sessions.findById(sessionId).map(s -> this.roster.confirmedAccounts(s.getRunId())).orElse(List.of());
	}

}
