package id.pelita.liveclass;

import id.pelita.support.PostgresTest;

@PostgresTest
class VideoProviderPortPostgresTests extends VideoProviderPortTests {

}
