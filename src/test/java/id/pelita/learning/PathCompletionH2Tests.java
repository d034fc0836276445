package id.pelita.learning;

import id.pelita.support.H2Test;

import org.springframework.context.annotation.Import;

@H2Test
@Import(LearningTestConfiguration.class)
class PathCompletionH2Tests extends PathCompletionTests {

}
