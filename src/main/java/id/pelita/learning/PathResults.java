package id.pelita.learning;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.enrolment.RunRoster;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.learning.internal.path.CompletionAudit;
import id.pelita.learning.internal.path.CompletionStore;
import id.pelita.learning.internal.path.PathFacts;
import id.pelita.learning.internal.path.PathPolicy;
import id.pelita.learning.internal.path.PersonFacts;
import id.pelita.learning.internal.path.ResultsExport;
import id.pelita.learning.internal.path.RunPaths;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A run's results for organisers: the progress matrix (participant x module, state and score), who completed and
 * what each of the others still lacks, as pages and as CSV/XLSX; and completions by hand: marking a participant
 * complete and revoking a completion, each with a reason, audited, publishing {@link ParticipantCompleted} or
 * {@link ParticipantCompletionRevoked} once.
 */
@Service
@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
public class PathResults {

	/** The longest reason of a manual completion or revocation. */
	public static final int MAX_REASON = 500;

	private final RunPaths paths;

	private final PathFacts facts;

	private final CompletionStore completions;

	private final RunRoster roster;

	private final RunService runs;

	private final PersonDirectory people;

	private final ResultsExport export;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CompletionAudit audit;

	PathResults(RunPaths paths, PathFacts facts, CompletionStore completions, RunRoster roster, RunService runs,
			PersonDirectory people, ResultsExport export, ApplicationEventPublisher events, Clock clock,
			CompletionAudit audit) {
		this.paths = paths;
		this.facts = facts;
		this.completions = completions;
		this.roster = roster;
		this.runs = runs;
		this.people = people;
		this.export = export;
		this.events = events;
		this.clock = clock;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public ProgressMatrix matrix(long runId) {
		RunDetails run = this.runs.run(runId);
		List<PathModule> modules = this.paths.modules(runId);
		CompletionRule rule = this.paths.rule(runId);
		List<Long> accountIds = this.roster.confirmedAccounts(runId);
		Map<Long, PersonFacts> byPerson = this.facts.of(runId, accountIds);
		Map<Long, CompletionStore.Completion> done = this.completions.ofRun(runId);
		Instant now = this.clock.instant();
		List<ProgressMatrix.Row> rows = new ArrayList<>();
		for (PersonRef person : this.people.findAll(accountIds)) {
			PersonFacts mine = byPerson.get(person.accountId());
			Map<Long, ProgressMatrix.Cell> cells = new LinkedHashMap<>();
			PathPolicy.states(modules, mine, rule, now)
				.forEach(state -> cells.put(state.module().id(),
						new ProgressMatrix.Cell(state.state(), state.score())));
			CompletionStore.Completion completion = done.get(person.accountId());
			boolean completed = completion != null && completion.completed();
			rows.add(new ProgressMatrix.Row(person.accountId(), person.fullName(), person.nip(), cells,
					mine.attendance().overallPercent(), completed ? completion.completedAt() : null,
					completed && completion.manual(),
					completion != null && !completion.completed() ? completion.revokeReason() : null,
					completed ? List.of() : PathPolicy.lacking(modules, mine, rule)));
		}
		rows.sort(Comparator.comparing(ProgressMatrix.Row::fullName, String.CASE_INSENSITIVE_ORDER));
		return new ProgressMatrix(runId, run.courseTitle(), run.name(), modules, rule, rows);
	}

	/** The matrix with what each participant lacks, as a file in the reader's language. */
	@Transactional(readOnly = true)
	public void export(long runId, SpreadsheetFormat format, Locale locale, OutputStream out) {
		this.export.write(matrix(runId), format, locale, out);
	}

	/** Marks a confirmed participant complete by hand (also after a revocation). */
	@Transactional
	public void markComplete(long runId, long accountId, @Nullable String reason) {
		String why = reason(reason);
		if (!this.roster.isConfirmed(runId, accountId)) {
			throw new UserFacingException("learning.error.notConfirmed");
		}
		long actor = CurrentUser.require().accountId();
		Instant now = this.clock.instant();
		boolean added = this.completions.completeIfAbsent(runId, accountId, now, true, why, actor);
		if (!added && !this.completions.reinstate(runId, accountId, now, why, actor)) {
			throw new UserFacingException("learning.error.alreadyComplete");
		}
		this.audit.marked(runId, accountId, !added, why);
		this.events.publishEvent(new ParticipantCompleted(runId, accountId, now));
	}

	/** Revokes a participant's completion; the rule does not complete them again by itself. */
	@Transactional
	public void revoke(long runId, long accountId, @Nullable String reason) {
		String why = reason(reason);
		Instant now = this.clock.instant();
		if (!this.completions.revoke(runId, accountId, now, why)) {
			throw new UserFacingException("learning.error.notComplete");
		}
		this.audit.revoked(runId, accountId, why);
		this.events.publishEvent(new ParticipantCompletionRevoked(runId, accountId, why, now));
	}

	private static String reason(@Nullable String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new UserFacingException("learning.error.reasonRequired");
		}
		if (why.length() > MAX_REASON) {
			throw new UserFacingException("learning.error.reasonTooLong", MAX_REASON);
		}
		return why;
	}

}
