/**
 * The learning path of a run: modules, quizzes (pre- and post-test), the evaluation survey, each participant's
 * progress and the completion rule. Publishes {@code ParticipantCompleted} (once per participant and run) and
 * {@code ParticipantCompletionRevoked}.
 * <p>
 * <b>The path</b> ({@link id.pelita.learning.PathBuilder}, {@link id.pelita.learning.ParticipantPath},
 * {@link id.pelita.learning.PathResults}, {@link id.pelita.learning.MaterialFiles}): a course's modules are the
 * template; each run gets its own copy when it is published or first opened (exactly once, on any node), editable
 * until its first participant starts. Lessons (Markdown, sanitised), files (type by content, 50 MB), videos (allowed
 * hosts or MP4 with byte ranges), live sessions (done by attendance), quizzes and surveys, in order, required or
 * optional, with unlock conditions. The completion rule is evaluated whenever something that matters changes
 * (module done, {@code AssessmentChanged}, {@code AttendanceRecorded}, rule edited, manual mark).
 * <p>
 * <b>Assessment parts</b> (quizzes, the survey) live in {@code internal.quiz} and {@code internal.survey}. Each
 * implements {@code internal.AssessmentProgress} (outcomes per module, settings copied with a run's path),
 * publishes {@code internal.AssessmentChanged} in the transaction of a change, and registers an
 * {@code internal.ModuleKindEditor} bean for its kind: the builder shows the part's editor below the module and the
 * participant's path sends people to the part's page ({@code kursus-saya/<runId>/kuis/<moduleId>},
 * {@code kursus-saya/<runId>/evaluasi/<moduleId>} until then).
 */
@ApplicationModule(allowedDependencies = { "shared", "catalog", "enrolment", "liveclass", "identity" })
@NullMarked
package id.pelita.learning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
