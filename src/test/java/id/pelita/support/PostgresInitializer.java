package id.pelita.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test context at the embedded PostgreSQL of {@link EmbeddedPostgresSupport}. */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("embedded-postgres",
					Map.of("spring.datasource.url", EmbeddedPostgresSupport.jdbcUrl(), "spring.datasource.username",
							EmbeddedPostgresSupport.username(), "spring.datasource.password",
							EmbeddedPostgresSupport.password())));
	}

}
