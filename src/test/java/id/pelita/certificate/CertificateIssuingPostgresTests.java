package id.pelita.certificate;

import id.pelita.support.PostgresTest;

@PostgresTest
class CertificateIssuingPostgresTests extends CertificateIssuingTests {

}
