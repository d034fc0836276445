/**
 * The seams inside the learning module between the path ({@code internal.path}) and the assessment parts
 * ({@code internal.quiz}, {@code internal.survey}). A part
 * <ol>
 * <li>implements {@link id.pelita.learning.internal.AssessmentProgress}: each person's outcome per quiz or survey
 * module, for one person and for many at once, and copies its settings when a run copies the course's path;</li>
 * <li>publishes {@link id.pelita.learning.internal.AssessmentChanged} in the transaction of every change of an
 * outcome (attempt graded or regraded, response submitted), so the completion rule is evaluated in that
 * transaction;</li>
 * <li>registers one {@link id.pelita.learning.internal.ModuleKindEditor} bean for its kind (QUIZ or SURVEY): the
 * organiser's editor of the module's content, shown by the path builder under the module, and the route of the
 * participant's page ({@link id.pelita.learning.internal.ModuleKinds} falls back to
 * {@code kursus-saya/<runId>/kuis/<moduleId>} and {@code kursus-saya/<runId>/evaluasi/<moduleId>}).</li>
 * </ol>
 * The path decides when a quiz or survey module is open (unlock conditions); a part's page should still ask
 * {@code ParticipantPath#open(runId, moduleId)}, which refuses a locked module and records that the participant
 * started it.
 */
@NullMarked
package id.pelita.learning.internal;

import org.jspecify.annotations.NullMarked;
