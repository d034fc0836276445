package id.pelita.learning.internal.quiz;

import id.pelita.support.H2Test;

@H2Test
class QuizProgressH2Tests extends QuizProgressTests {

}
