package id.pelita.agency;

import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pelita.identity.AccountService;
import id.pelita.identity.AgencyDirectory.AgencyRef;
import id.pelita.identity.NewAccount;
import id.pelita.identity.PersonDirectory;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.OpaqueTokens;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.support.H2Test;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Per-agency API tokens: shown once, stored as a hash, scoped to the agency, revocable. */
@H2Test
class ApiTokenServiceTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	AgencyService agencies;

	@Autowired
	PersonDirectory people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aNewTokenIsShownOnceAndOnlyItsHashIsStored() {
		SignIn.as(this.context, "koordinator");
		NewApiToken created = this.tokens.create("  SIMPEG BKPSDM  ");
		assertThat(created.token()).startsWith("pelita_").hasSize("pelita_".length() + 43);
		assertThat(created.toString()).doesNotContain(created.token());
		Map<String, Object> row = this.jdbc.queryForMap("select * from api_token where id = ?", created.id());
		assertThat(row.get("token_hash")).isEqualTo(OpaqueTokens.sha256(created.token()));
		assertThat(row.values()).noneMatch(value -> created.token().equals(value));
		ApiTokenSummary listed = summary(created.id());
		assertThat(listed.name()).isEqualTo("SIMPEG BKPSDM");
		assertThat(listed.prefix()).isEqualTo(created.token().substring(0, 11));
		assertThat(listed.createdBy()).isEqualTo("Agus Setiawan, S.E.");
		assertThat(listed.lastUsedAt()).isNull();
		assertThat(listed.revoked()).isFalse();
		assertThat(this.tokens.create("SIMPEG BKPSDM").token()).as("every token is new").isNotEqualTo(created.token());
	}

	@Test
	void aTokenActsAsItsCreatorWithTheCoordinatorRoleOnlyForItsAgency() {
		SignIn.as(this.context, "koordinator");
		NewApiToken created = this.tokens.create("Integrasi " + TestData.username("x"));
		PelitaUser user = this.tokens.authenticate(created.token()).orElseThrow();
		assertThat(user.accountId()).isEqualTo(this.people.findByNip("198107222006041002").orElseThrow().accountId());
		assertThat(user.roles()).containsExactly(Role.AGENCY_COORDINATOR);
		assertThat(user.agencyId()).isEqualTo(agencyId("36.04"));
		assertThat(summary(created.id()).lastUsedAt()).isNotNull();
		assertThat(this.tokens.authenticate(created.token() + "x")).isEmpty();
		assertThat(this.tokens.authenticate(OpaqueTokens.sha256(created.token()))).as("the hash is no token").isEmpty();
	}

	@Test
	void aRevokedTokenAuthenticatesNoMore() {
		SignIn.as(this.context, "koordinator");
		NewApiToken created = this.tokens.create("Sementara");
		this.tokens.revoke(created.id());
		this.tokens.revoke(created.id());
		assertThat(this.tokens.authenticate(created.token())).isEmpty();
		assertThat(summary(created.id()).revoked()).isTrue();
	}

	@Test
	void coordinatorsOfAnotherAgencyNeitherSeeNorRevokeTheToken() {
		SignIn.as(this.context, "koordinator");
		NewApiToken serang = this.tokens.create("Milik Serang");
		String lebak = coordinator("36.02");
		SignIn.as(this.context, lebak, "lebak2026x");
		assertThat(this.tokens.tokens()).noneMatch(token -> token.id() == serang.id());
		assertThatExceptionOfType(OutsideScopeException.class).isThrownBy(() -> this.tokens.revoke(serang.id()));
		assertThat(this.tokens.authenticate(serang.token())).isPresent();
	}

	@Test
	void aTokenStopsWorkingWhenItsCreatorIsSwitchedOff() {
		String creator = coordinator("36.04");
		SignIn.as(this.context, creator, "lebak2026x");
		NewApiToken created = this.tokens.create("Dibuat " + creator);
		assertThat(this.tokens.authenticate(created.token())).isPresent();
		SignIn.as(this.context, "admin");
		this.accounts.setEnabled(this.accounts.search(creator, null, null, org.springframework.data.domain.Pageable.unpaged())
			.getContent().getFirst().id(), false);
		assertThat(this.tokens.authenticate(created.token())).isEmpty();
	}

	@Test
	void participantsCannotCreateTokensAndATokenNeedsAName() {
		SignIn.as(this.context, "peserta");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.tokens.create("Coba"));
		SignIn.as(this.context, "koordinator");
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> this.tokens.create("  "))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("apiToken.error.nameRequired");
	}

	@Test
	void theDemoTokenActsForKabupatenSerang() {
		PelitaUser user = this.tokens.authenticate("pelita-demo-serang-2026").orElseThrow();
		assertThat(user.agencyId()).isEqualTo(agencyId("36.04"));
		assertThat(user.displayName()).isEqualTo("Agus Setiawan, S.E.");
	}

	private String coordinator(String agencyCode) {
		SignIn.as(this.context, "admin");
		String username = TestData.username("koor");
		this.accounts.createAccount(new NewAccount(username, "Koordinator " + agencyCode, null, null, null,
				agencyId(agencyCode), Set.of(Role.AGENCY_COORDINATOR), "lebak2026x"));
		return username;
	}

	private ApiTokenSummary summary(long id) {
		List<ApiTokenSummary> all = this.tokens.tokens();
		return all.stream().filter(token -> token.id() == id).findFirst().orElseThrow();
	}

	private long agencyId(String code) {
		return this.agencies.all().stream().filter(agency -> agency.code().equals(code)).map(AgencyRef::id)
			.findFirst().orElseThrow();
	}

}
