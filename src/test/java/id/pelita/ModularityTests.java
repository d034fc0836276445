package id.pelita;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PelitaApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiInTheAllowedDirections() {
		this.modules.verify();
	}

	@Test
	void everyModuleOfTheDesignExists() {
		assertThat(this.modules.stream().map(module -> module.getIdentifier().toString())).contains("shared",
				"identity", "agency", "catalog", "enrolment", "liveclass", "learning", "certificate", "notification",
				"reporting");
	}

	@Test
	void verificationFailsWhenAModuleReachesIntoAnotherModulesInternals() {
		ApplicationModules leaky = ApplicationModules.of("example.leaky", location -> true);
		assertThatExceptionOfType(Violations.class).isThrownBy(leaky::verify)
			.withMessageContaining("internal")
			.withMessageContaining("Invoice");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
