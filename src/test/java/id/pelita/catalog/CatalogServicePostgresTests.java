package id.pelita.catalog;

import id.pelita.support.PostgresTest;

@PostgresTest
class CatalogServicePostgresTests extends CatalogServiceTests {

}
