package id.pelita.shared.scheduling;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Quartz on the JDBC job store, clustered (settings in application.properties, tables from Flyway's V7). The
 * driver delegate follows the database actually in use, so one configuration serves the embedded H2 default and
 * PostgreSQL: PostgreSQL keeps job data as BYTEA, which only {@link PostgreSQLDelegate} reads back.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

	static final String DELEGATE = "org.quartz.jobStore.driverDelegateClass";

	@Bean
	SchedulerFactoryBeanCustomizer pelitaDriverDelegate(DataSource dataSource, QuartzProperties quartz) {
		return factory -> {
			Properties properties = new Properties();
			properties.putAll(quartz.getProperties());
			properties.putIfAbsent(DELEGATE, delegateFor(dataSource));
			factory.setQuartzProperties(properties);
		};
	}

	static String delegateFor(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
			return product.contains("postgres") ? PostgreSQLDelegate.class.getName() : StdJDBCDelegate.class.getName();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database the scheduler runs on", ex);
		}
	}

}
