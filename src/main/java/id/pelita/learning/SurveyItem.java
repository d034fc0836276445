package id.pelita.learning;

/** One question of an evaluation survey: a Likert statement rated 1-5, or a free-text question. */
public record SurveyItem(long id, SurveySection section, int position, String text) {
}
