package id.pelita.catalog;

import id.pelita.support.H2Test;

@H2Test
class CatalogServiceH2Tests extends CatalogServiceTests {

}
