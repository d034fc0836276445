package id.pelita.notification;

import id.pelita.support.PostgresInitializer;

import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "demo", "reporting", "learning" })
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class NotificationModulePostgresTests extends NotificationModuleTests {

}
