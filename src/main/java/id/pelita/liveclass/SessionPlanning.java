package id.pelita.liveclass;

import java.util.ArrayList;
import java.util.List;

import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.catalog.RunStatus;
import id.pelita.enrolment.RunRoster;
import id.pelita.identity.PersonDirectory;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the schedule pages need around the sessions themselves: the run a page is about, the organisers who can
 * host a session, the provider new sessions start with, and whether the reader may open a run's sessions.
 */
@Service
public class SessionPlanning {

	private final RunService runs;

	private final PersonDirectory people;

	private final RunRoster roster;

	private final VideoProviders providers;

	SessionPlanning(RunService runs, PersonDirectory people, RunRoster roster, VideoProviders providers) {
		this.runs = runs;
		this.people = people;
		this.roster = roster;
		this.providers = providers;
	}

	/** The run whose sessions an organiser plans. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional(readOnly = true)
	public PlannedRun run(long runId) {
		RunDetails run;
		try {
			run = this.runs.run(runId);
		}
		catch (UserFacingException ex) {
			throw new UserFacingException("liveclass.error.runNotFound");
		}
		return new PlannedRun(run.id(), run.courseTitle(), run.name(),
				run.status() != RunStatus.CANCELLED && run.status() != RunStatus.FINISHED);
	}

	/** The organisers who can host a session (active accounts with the role), the signed-in person among them. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<Host> hosts() {
		PelitaUser me = CurrentUser.require();
		List<Host> hosts = new ArrayList<>(
				this.people.withRole(Role.ORGANISER).stream().map(person -> new Host(person.accountId(), person.fullName())).toList());
		if (hosts.stream().noneMatch(host -> host.accountId() == me.accountId())) {
			hosts.addFirst(new Host(me.accountId(), me.displayName()));
		}
		return hosts;
	}

	/**
	 * The id of the provider a new session starts with: {@code pelita.video.provider}, Jitsi while that one is not
	 * available (Zoom without credentials).
	 */
	public String defaultProvider() {
		return this.providers.defaultProvider();
	}

	/** The video providers an organiser can pick from, in order; those not configured cannot be chosen. */
	public List<ProviderChoice> providers() {
		return this.providers.all()
			.stream()
			.map(provider -> new ProviderChoice(provider.id(), VideoMeetingProvider.labelKey(provider.id()),
					provider.available()))
			.toList();
	}

	/** Whether the signed-in person may open the run's session pages: its confirmed participants and organisers. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public boolean mayOpenSessionsOf(long runId) {
		PelitaUser me = CurrentUser.require();
		return me.hasRole(Role.ORGANISER) || me.hasRole(Role.ADMIN) || this.roster.isConfirmed(runId, me.accountId());
	}

	/**
	 * A run as its sessions page shows it.
	 * @param open whether sessions can still be scheduled (the run is neither finished nor cancelled)
	 */
	public record PlannedRun(long id, String courseTitle, String name, boolean open) {
	}

	/** An organiser who can host a session. */
	public record Host(long accountId, String name) {
	}

	/**
	 * A video provider as the schedule form offers it.
	 * @param available whether it can be chosen (it is configured)
	 */
	public record ProviderChoice(String id, String labelKey, boolean available) {
	}

}
