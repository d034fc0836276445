package id.pelita.operations;

import id.pelita.operations.internal.IntegrationProbes;
import id.pelita.support.PostgresTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statuses that read tables and metadata, on a real PostgreSQL 17: the database named, the Quartz cluster
 * read from its tables with this node's scheduler among the live nodes, the outbox's figures and Zoom's row.
 */
@PostgresTest
class IntegrationProbesPostgresTests {

	@Autowired
	IntegrationProbes probes;

	@Test
	void everyStatusIsReadOnPostgresql() {
		IntegrationOverview overview = this.probes.overview();
		assertThat(overview.database().level()).isEqualTo(IntegrationLevel.OK);
		assertThat(overview.database().status().product()).isEqualTo("PostgreSQL");
		assertThat(overview.database().status().embedded()).isFalse();
		assertThat(overview.database().status().version()).startsWith("17");

		QuartzStatus quartz = overview.quartz().status();
		assertThat(quartz.error()).isNull();
		if (quartz.startedHere()) {
			assertThat(quartz.nodes()).isNotEmpty();
		}
		assertThat(overview.quartz().level()).isNotEqualTo(IntegrationLevel.ERROR);

		assertThat(overview.mail().status().configured()).isFalse();
		assertThat(overview.mail().level()).isEqualTo(IntegrationLevel.UNKNOWN);
		assertThat(overview.mail().status().backlog()).isNotNegative();
		assertThat(overview.zoom().status().configured()).isFalse();
		assertThat(overview.zoom().level()).isEqualTo(IntegrationLevel.UNKNOWN);
		assertThat(overview.storage().level()).isNotEqualTo(IntegrationLevel.ERROR);
	}

}
