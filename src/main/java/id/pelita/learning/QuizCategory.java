package id.pelita.learning;

/** A category of a course's question bank, with how many (not archived) questions it holds. */
public record QuizCategory(long id, String name, int questions) {
}
