package id.pelita.operations.internal.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What a backup's manifest says about its source: the database engine, the schema version, the application. */
@Component
class DatabaseFacts {

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final ObjectProvider<BuildProperties> build;

	private volatile @Nullable Boolean h2File;

	DatabaseFacts(DataSource dataSource, JdbcTemplate jdbc, ObjectProvider<BuildProperties> build) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.build = build;
	}

	/** Whether the database is an H2 file database (the embedded default), which BACKUP TO can copy. */
	boolean isH2File() {
		Boolean known = this.h2File;
		if (known == null) {
			try (Connection connection = this.dataSource.getConnection()) {
				String url = connection.getMetaData().getURL().toLowerCase(Locale.ROOT);
				known = url.startsWith("jdbc:h2:file:") || (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
						&& !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:"));
			}
			catch (SQLException ex) {
				known = false;
			}
			this.h2File = known;
		}
		return known;
	}

	/** The newest applied Flyway migration's version. */
	String schemaVersion() {
		return this.jdbc.queryForObject("select version from flyway_schema_history where success = true"
				+ " and version is not null order by installed_rank desc limit 1", String.class);
	}

	/** The application's version (from the build's information, else the jar's manifest). */
	String appVersion() {
		BuildProperties properties = this.build.getIfAvailable();
		if (properties != null && properties.getVersion() != null) {
			return properties.getVersion();
		}
		String version = DatabaseFacts.class.getPackage().getImplementationVersion();
		return version != null ? version : "development";
	}

}
