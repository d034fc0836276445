package id.pelita.benchmark.load;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load harness of issue 15 as a benchmark: drives an application that is already running (the packaged jar,
 * see the README's "Load test") over HTTP and Vaadin's protocol. Without {@code -Dload.*} properties it is a smoke
 * run of 5 users for about half a minute. Tagged "benchmark", so never part of the normal suite.
 */
@Tag("benchmark")
class LoadHarnessBenchmarks {

	@Test
	void participantsOnADayWithARegistrationOpening() throws Exception {
		long errors = new LoadHarness(LoadSettings.fromSystemProperties()).run();
		assertThat(errors).as("failed interactions").isZero();
	}

}
