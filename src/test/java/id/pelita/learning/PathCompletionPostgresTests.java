package id.pelita.learning;

import id.pelita.support.PostgresTest;

import org.springframework.context.annotation.Import;

@PostgresTest
@Import(LearningTestConfiguration.class)
class PathCompletionPostgresTests extends PathCompletionTests {

}
