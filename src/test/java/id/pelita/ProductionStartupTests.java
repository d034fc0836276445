package id.pelita;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import id.pelita.agency.AgencyService;
import id.pelita.identity.AccountService;
import id.pelita.identity.AccountSummary;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.support.EmbeddedPostgresSupport;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Starts the real application the way a production installation does: profile {@code prod}, configured only
 * through environment variables, on a new, empty PostgreSQL database. The "environment" is a fixed map handed to
 * Spring as its system environment, so the variables of the machine running the tests play no part. The web
 * server listens on a free port: Vaadin's security configuration needs the servlet context, so the application
 * cannot start without one.
 */
class ProductionStartupTests {

	private static final String ADMIN_USERNAME = "admin.bpsdm";

	private static final String ADMIN_PASSWORD = "Banten2026rahasia";

	/** Taken before each test: this instance is created for it. */
	private final Properties systemProperties = (Properties) System.getProperties().clone();

	/**
	 * Signs out, and undoes what starting the application did to the system properties: Spring Boot copies the
	 * logging settings there, and the JSON console logs of the {@code prod} profile would otherwise stay on for every
	 * test started later in this JVM.
	 */
	@AfterEach
	void cleanUp() {
		SignIn.out();
		System.getProperties().keySet().removeIf(key -> !this.systemProperties.containsKey(key));
		System.getProperties().putAll(this.systemProperties);
	}

	@Test
	void refusesToStartWithoutTheFirstAdministratorAndSaysWhichVariablesToSet() {
		Map<String, String> environment = database(newDatabase());
		Throwable refusal = catchThrowable(() -> start(environment).close());
		assertThat(refusal).as("start without an administrator").isNotNull();
		assertThat(NestedExceptionUtils.getMostSpecificCause(refusal)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("PELITA_IDENTITY_BOOTSTRAP_ADMIN_USERNAME")
			.hasMessageContaining("PELITA_IDENTITY_BOOTSTRAP_ADMIN_PASSWORD");
	}

	@Test
	void firstStartCreatesOnlyTheConfiguredAdministratorAndNoDemoData() {
		try (ConfigurableApplicationContext context = start(withAdministrator(database(newDatabase())))) {
			Authentication signedIn = SignIn.as(context, ADMIN_USERNAME, ADMIN_PASSWORD);
			PelitaUser administrator = (PelitaUser) signedIn.getPrincipal();
			assertThat(administrator.roles()).containsExactly(Role.ADMIN);
			assertThat(administrator.displayName()).isEqualTo("Kepala Bidang Pengembangan Kompetensi");
			assertThat(usernames(context)).containsExactly(ADMIN_USERNAME);
			assertThat(context.getBean(AgencyService.class).all()).as("agencies (the demo data adds Banten, code 36)")
				.isEmpty();
		}
	}

	@Test
	void laterStartsNeedNoBootstrapVariablesOnceAnAdministratorExists() {
		Map<String, String> database = database(newDatabase());
		start(withAdministrator(database)).close();
		try (ConfigurableApplicationContext context = start(database)) {
			Authentication signedIn = SignIn.as(context, ADMIN_USERNAME, ADMIN_PASSWORD);
			assertThat(((PelitaUser) signedIn.getPrincipal()).roles()).containsExactly(Role.ADMIN);
			assertThat(usernames(context)).containsExactly(ADMIN_USERNAME);
		}
	}

	/** Every account, as the signed-in administrator sees them on the accounts page. */
	private static List<String> usernames(ConfigurableApplicationContext context) {
		return context.getBean(AccountService.class)
			.search(null, null, null, Pageable.unpaged())
			.map(AccountSummary::username)
			.toList();
	}

	private static ConfigurableApplicationContext start(Map<String, String> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.copyOf(variables)));
		return new SpringApplicationBuilder(PelitaApplication.class).environment(environment)
			.profiles("prod")
			.registerShutdownHook(false)
			.run();
	}

	/** Creates an empty database on the embedded PostgreSQL server; returns its name. */
	private static String newDatabase() {
		String name = "prod_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection connection = EmbeddedPostgresSupport.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		return name;
	}

	/** The variables that point the application at the given database, on a free port. */
	private static Map<String, String> database(String name) {
		return Map.of("PORT", "0", "SPRING_DATASOURCE_URL",
				"jdbc:postgresql://localhost:%d/%s".formatted(EmbeddedPostgresSupport.instance().getPort(), name),
				"SPRING_DATASOURCE_USERNAME", EmbeddedPostgresSupport.username(), "SPRING_DATASOURCE_PASSWORD",
				EmbeddedPostgresSupport.password());
	}

	private static Map<String, String> withAdministrator(Map<String, String> variables) {
		Map<String, String> result = new HashMap<>(variables);
		result.put("PELITA_IDENTITY_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
		result.put("PELITA_IDENTITY_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
		result.put("PELITA_IDENTITY_BOOTSTRAP_ADMIN_FULL_NAME", "Kepala Bidang Pengembangan Kompetensi");
		return result;
	}

}
