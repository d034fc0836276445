package id.pelita.reporting;

import id.pelita.support.PostgresTest;

@PostgresTest
class AgencyDashboardPostgresTests extends AgencyDashboardTests {

}
