package id.pelita.certificate;

import id.pelita.support.H2Test;

@H2Test
class CertificateIssuingH2Tests extends CertificateIssuingTests {

}
