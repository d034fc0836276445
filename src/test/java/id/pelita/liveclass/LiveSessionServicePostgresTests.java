package id.pelita.liveclass;

import id.pelita.support.PostgresTest;

@PostgresTest
class LiveSessionServicePostgresTests extends LiveSessionServiceTests {

}
