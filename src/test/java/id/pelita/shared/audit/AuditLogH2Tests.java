package id.pelita.shared.audit;

import id.pelita.support.H2Test;

@H2Test
class AuditLogH2Tests extends AuditLogTests {

}
