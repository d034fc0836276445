package id.pelita.learning.internal.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pelita.learning.SurveyInstructor;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.LiveSessionDirectory;

import org.springframework.stereotype.Component;

/**
 * The instructors a survey asks about. Until the organiser fixes the list (or the first response fixes it) a run's
 * survey follows the run's live sessions: the instructor named on each session that is not cancelled, in the
 * order of the sessions, each once. A course's template has instructors only when the organiser names them.
 */
@Component
public class SurveyInstructors {

	/** The longest instructor name a session or the editor can hold. */
	public static final int MAX_NAME = 200;

	private final SurveyStore store;

	private final LiveSessionDirectory sessions;

	SurveyInstructors(SurveyStore store, LiveSessionDirectory sessions) {
		this.store = store;
		this.sessions = sessions;
	}

	public List<SurveyInstructor> of(SurveyModule module) {
		if (this.store.instructorsFixed(module.id()) || module.runId() == null) {
			return this.store.instructors(module.id());
		}
		return fromSessions(module.runId());
	}

	/** The instructors named on the run's sessions that are not cancelled, each once, in session order. */
	public List<SurveyInstructor> fromSessions(long runId) {
		Map<String, SurveyInstructor> named = new LinkedHashMap<>();
		for (LiveSession session : this.sessions.ofRun(runId)) {
			String name = session.instructor() == null ? "" : session.instructor().strip();
			if (!session.cancelled() && !name.isEmpty()) {
				named.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), new SurveyInstructor(null, name, null));
			}
		}
		return List.copyOf(named.values());
	}

}
