package id.pelita.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.enrolment.RunRoster;
import id.pelita.learning.internal.AssessmentChanged;
import id.pelita.learning.internal.survey.ResponseCheck;
import id.pelita.learning.internal.survey.SurveyDefinitions;
import id.pelita.learning.internal.survey.SurveyInstructors;
import id.pelita.learning.internal.survey.SurveyModule;
import id.pelita.learning.internal.survey.SurveyStore;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation survey for participants: the form of a run's survey module and its submission, once per person.
 * Only participants with a confirmed seat in the run may read or submit it, and only once the path unlocked it. The response is stored apart from the
 * person's name (see {@code V60__learning_survey.sql}); what is kept of the person is that they submitted, for
 * the completion rule.
 */
@Service
public class EvaluationSurveys {

	private final SurveyDefinitions definitions;

	private final SurveyStore store;

	private final SurveyInstructors instructors;

	private final RunRoster roster;

	private final RunService runs;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ParticipantPath path;

	EvaluationSurveys(SurveyDefinitions definitions, SurveyStore store, SurveyInstructors instructors,
			RunRoster roster, RunService runs, ApplicationEventPublisher events, Clock clock, ParticipantPath path) {
		this.path = path;
		this.definitions = definitions;
		this.store = store;
		this.instructors = instructors;
		this.roster = roster;
		this.runs = runs;
		this.events = events;
		this.clock = clock;
	}

	/** The form of the run's survey module for the signed-in participant, with whether they submitted already. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public SurveyForm form(long runId, long moduleId) {
		PelitaUser me = CurrentUser.require();
		SurveyModule module = moduleOfRun(runId, moduleId);
		requireConfirmed(runId, me);
		java.util.Optional<Instant> submittedAt = this.store.submittedAt(moduleId, me.accountId());
		if (submittedAt.isEmpty()) {
			requireUnlocked(runId, moduleId, me);
		}
		RunDetails run = this.runs.run(runId);
		return new SurveyForm(moduleId, runId, run.courseTitle(), run.name(), module.title(),
				this.store.version(moduleId), this.store.items(moduleId),
				this.instructors.of(module).stream().map(SurveyInstructor::name).toList(),
				submittedAt.orElse(null));
	}

	/**
	 * Submits the signed-in participant's answers. A second submission (double click, another tab or device) is
	 * refused with {@code survey.error.alreadySubmitted}; so are answers to a form that changed since it was read.
	 * Fixes the survey's instructors at the first response.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void submit(long runId, long moduleId, SurveyAnswers answers) {
		PelitaUser me = CurrentUser.require();
		SurveyModule module = moduleOfRun(runId, moduleId);
		requireConfirmed(runId, me);
		requireUnlocked(runId, moduleId, me);
		this.store.lockSurvey(moduleId);
		if (this.store.submittedAt(moduleId, me.accountId()).isPresent()) {
			throw new UserFacingException("survey.error.alreadySubmitted");
		}
		List<SurveyInstructor> current = this.instructors.of(module);
		if (this.store.version(moduleId) != answers.version()
				|| !current.stream().map(SurveyInstructor::name).toList().equals(answers.instructors())) {
			throw new UserFacingException("survey.error.changed");
		}
		if (!this.store.instructorsFixed(moduleId)) {
			this.store.replaceInstructors(moduleId, current);
		}
		List<SurveyStore.Answer> rows = ResponseCheck.check(this.store.items(moduleId),
				this.store.instructors(moduleId), answers);
		try {
			this.store.insertSubmission(moduleId, runId, me.accountId(), this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new UserFacingException("survey.error.alreadySubmitted");
		}
		this.store.insertResponse(moduleId, rows);
		this.events.publishEvent(new AssessmentChanged(runId, me.accountId(), moduleId));
	}

	private SurveyModule moduleOfRun(long runId, long moduleId) {
		return this.definitions.open(moduleId)
			.filter(module -> Objects.equals(module.runId(), runId))
			.orElseThrow(() -> new UserFacingException("survey.error.notFound"));
	}

	private void requireUnlocked(long runId, long moduleId, PelitaUser me) {
		PathLocks.requireUnlocked(this.path.myPath(runId), moduleId, me, "survey");
	}

	private void requireConfirmed(long runId, PelitaUser me) {
		if (!this.roster.isConfirmed(runId, me.accountId())) {
			throw new OutsideScopeException("survey.error.notEnrolled");
		}
	}

}
