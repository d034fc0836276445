package id.pelita.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import id.pelita.agency.AgencyService;
import id.pelita.catalog.CatalogService;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDraft;
import id.pelita.catalog.RunService;
import id.pelita.identity.AccountService;
import id.pelita.identity.NewAccount;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.shared.security.SystemUser;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.Await;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs, people and sign-ins for enrolment tests, created fast and with unique names. */
public final class EnrolmentFixtures {

	private final ApplicationContext context;

	private final LocalDate today = LocalDate.now(IndonesianTime.DEFAULT_ZONE);

	public EnrolmentFixtures(ApplicationContext context) {
		this.context = context;
	}

	/** A published run whose registration is open now. */
	public long openRun(int seats, Map<Long, Integer> agencySeats, EnrolmentMode mode) {
		return asSystem(() -> {
			RunService runs = this.context.getBean(RunService.class);
			long courseId = this.context.getBean(CatalogService.class).courses().getFirst().id();
			long runId = runs.createRun(new RunDraft(courseId, TestData.username("Angkatan"),
					java.time.YearMonth.from(this.today.plusDays(10)), this.today.minusDays(1).atTime(8, 0),
					this.today.plusDays(3).atTime(16, 0), this.today.plusDays(10), this.today.plusDays(12), seats,
					agencySeats, mode));
			runs.publish(runId);
			return runId;
		});
	}

	public long agency(String code) {
		return this.context.getBean(AgencyService.class)
			.all()
			.stream()
			.filter(agency -> agency.code().equals(code))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** New employees (accounts awaiting activation) of the agency. */
	public List<PersonRef> employees(int count, long agencyId) {
		return employees(count, agencyId, number -> "Pegawai " + number);
	}

	/** A new employee of the agency with this full name. */
	public PersonRef employeeNamed(String fullName, long agencyId) {
		return employees(1, agencyId, number -> fullName).getFirst();
	}

	private List<PersonRef> employees(int count, long agencyId, IntFunction<String> name) {
		AccountService accounts = this.context.getBean(AccountService.class);
		PersonDirectory people = this.context.getBean(PersonDirectory.class);
		List<Long> ids = new ArrayList<>();
		while (ids.size() < count) {
			try {
				ids.add(accounts.createSystemAccount(new NewAccount(TestData.username("pegawai"),
						name.apply(ids.size() + 1), null, TestData.nip(), null, agencyId,
						Set.of(Role.PARTICIPANT), null)));
			}
			catch (UserFacingException ex) {
				// a random NIP that is already taken: draw another
			}
		}
		return people.findAll(ids).stream().sorted(java.util.Comparator.comparing(PersonRef::accountId)).toList();
	}

	public PersonRef employee(long agencyId) {
		return employees(1, agencyId).getFirst();
	}

	/** A new active coordinator of the agency (also a participant, as demo coordinators are). */
	public PelitaUser coordinator(long agencyId) {
		AccountService accounts = this.context.getBean(AccountService.class);
		String username = TestData.username("koor");
		long id = asSystem(() -> accounts.createSystemAccount(new NewAccount(username, "Koordinator " + username,
				null, TestData.nip(), null, agencyId, Set.of(Role.AGENCY_COORDINATOR, Role.PARTICIPANT), null)));
		return user(id, username, agencyId, Role.AGENCY_COORDINATOR, Role.PARTICIPANT);
	}

	public static PelitaUser participant(PersonRef person) {
		return user(person.accountId(), "p" + person.accountId(), person.agencyId(), Role.PARTICIPANT);
	}

	public static PelitaUser user(long accountId, String username, Long agencyId, Role... roles) {
		return new PelitaUser(accountId, username, null, username, true, EnumSet.copyOf(List.of(roles)), agencyId,
				Translations.INDONESIAN, IndonesianTime.DEFAULT_ZONE);
	}

	/** Signs the user in on the current thread, for this context's method security too. */
	public void signIn(PelitaUser user) {
		SignIn.use(this.context,
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	/** Runs the work signed in as the user, then restores who was signed in before. */
	public <T> T as(PelitaUser user, Supplier<T> work) {
		Authentication previous = SecurityContextHolder.getContext().getAuthentication();
		signIn(user);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				SignIn.out();
			}
			else {
				SignIn.use(this.context, previous);
			}
		}
	}

	public void as(PelitaUser user, Runnable work) {
		as(user, () -> {
			work.run();
			return null;
		});
	}

	/** Runs the work as the platform itself (administrator and organiser). */
	public <T> T asSystem(Supplier<T> work) {
		return as(new PelitaUser(SystemUser.ACCOUNT_ID, "system", null, "Pelita", true,
				EnumSet.of(Role.ADMIN, Role.ORGANISER), null, Translations.INDONESIAN, IndonesianTime.DEFAULT_ZONE),
				work);
	}

	/** The messages of the template to the account, once the listeners have handled the events published so far. */
	public int outbox(String template, long accountId) {
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		Await.eventsHandled(jdbc);
		Integer count = jdbc
			.queryForObject("select count(*) from outbox_message where template = ? and recipient_account_id = ?",
					Integer.class, template, accountId);
		return count == null ? 0 : count;
	}

}
