/**
 * The learning path of a run: modules, quizzes (pre- and post-test), the evaluation survey, each participant's
 * progress and the completion rule. Publishes {@code ParticipantCompleted}.
 */
@ApplicationModule(allowedDependencies = { "shared", "catalog", "enrolment", "liveclass", "identity" })
@NullMarked
package id.pelita.learning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
