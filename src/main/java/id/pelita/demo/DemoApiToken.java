package id.pelita.demo;

import id.pelita.agency.AgencyService;
import id.pelita.agency.ApiTokenService;
import id.pelita.identity.PersonDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo API token of the embedded default: {@value #TOKEN}, for Pemerintah Kabupaten Serang, created by the
 * demo coordinator (see the README). Only its hash is stored; it is registered once and never in {@code prod}.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "pelita.demo-data.enabled", matchIfMissing = true)
@Order(40)
class DemoApiToken implements ApplicationRunner {

	/** The fixed, documented value of the demo token. */
	static final String TOKEN = "pelita-demo-serang-2026";

	static final String NAME = "SIMPEG Kabupaten Serang (demo)";

	private static final String SERANG = "36.04";

	private static final String COORDINATOR_NIP = "198107222006041002";

	private static final Logger log = LoggerFactory.getLogger(DemoApiToken.class);

	private final AgencyService agencies;

	private final PersonDirectory people;

	private final ApiTokenService tokens;

	DemoApiToken(AgencyService agencies, PersonDirectory people, ApiTokenService tokens) {
		this.agencies = agencies;
		this.people = people;
		this.tokens = tokens;
	}

	@Override
	public void run(ApplicationArguments args) {
		var serang = this.agencies.all().stream().filter(agency -> SERANG.equals(agency.code())).findFirst();
		var coordinator = this.people.findByNip(COORDINATOR_NIP);
		if (serang.isEmpty() || coordinator.isEmpty()) {
			log.warn("Demo API token not registered: the demo agency or coordinator is missing");
			return;
		}
		this.tokens.registerKnownToken(serang.get().id(), coordinator.get().accountId(), NAME, TOKEN);
	}

}
