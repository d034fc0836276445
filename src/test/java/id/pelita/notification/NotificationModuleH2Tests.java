package id.pelita.notification;

import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "demo", "reporting", "learning" })
@ActiveProfiles("test")
class NotificationModuleH2Tests extends NotificationModuleTests {

}
