package id.pelita.learning;

import id.pelita.support.H2Test;

@H2Test
class QuestionBankH2Tests extends QuestionBankTests {

}
