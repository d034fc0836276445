package id.pelita.liveclass.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import id.pelita.enrolment.RunPageSection;
import id.pelita.liveclass.LiveSessionService;
import id.pelita.liveclass.SessionPlanning;

/** The schedule of live sessions on a run's public page ({@code /katalog/<runId>}). */
@org.springframework.stereotype.Component
class RunScheduleSection implements RunPageSection {

	private final LiveSessionService sessions;

	private final SessionPlanning planning;

	RunScheduleSection(LiveSessionService sessions, SessionPlanning planning) {
		this.sessions = sessions;
		this.planning = planning;
	}

	@Override
	public Optional<Component> section(long runId) {
		return Optional.of(new RunSchedule(this.sessions.schedule(runId), this.planning.mayOpenSessionsOf(runId)));
	}

	@Override
	public int order() {
		return 10;
	}

}
