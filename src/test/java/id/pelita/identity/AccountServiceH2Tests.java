package id.pelita.identity;

import id.pelita.support.H2Test;

@H2Test
class AccountServiceH2Tests extends AccountServiceTests {

}
