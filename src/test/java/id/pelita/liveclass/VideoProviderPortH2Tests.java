package id.pelita.liveclass;

import id.pelita.support.H2Test;

@H2Test
class VideoProviderPortH2Tests extends VideoProviderPortTests {

}
