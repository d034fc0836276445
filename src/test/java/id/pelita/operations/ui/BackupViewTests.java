package id.pelita.operations.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import id.pelita.shared.ui.AccessDeniedView;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backups section of the integration checks page on a database the application does not back up (the tests' in-memory H2, as PostgreSQL): the
 * note points to pg_dump and there is no "back up now"; only administrators reach it.
 */
@SpringBootTest
@ActiveProfiles("test")
class BackupViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void withoutAnEmbeddedFileDatabaseTheAdministratorIsToldToUsePgDump() {
		SignIn.as(this.context, "admin");
		IntegrationView view = navigate(IntegrationView.class);
		assertThat(view.backups.last.getText()).contains("pg_dump");
		assertThat(view.backups.backUpNow.isAttached()).isFalse();
	}

	@Test
	void participantsDoNotReachThePage() {
		SignIn.as(this.context, "peserta");
		navigate(IntegrationView.ROUTE, AccessDeniedView.class);
	}

}
