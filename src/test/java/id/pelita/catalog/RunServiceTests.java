package id.pelita.catalog;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import id.pelita.shared.UserFacingException;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Runs (Angkatan) against a real database; run on H2 and PostgreSQL by the subclasses. */
@RecordApplicationEvents
abstract class RunServiceTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	RunService runs;

	@Autowired
	CatalogService catalog;

	private long courseId;

	private final LocalDate today = LocalDate.now(IndonesianTime.DEFAULT_ZONE);

	@BeforeEach
	void signInAsOrganiser() {
		SignIn.as(this.context, "penyelenggara");
		this.courseId = this.catalog.courses().getFirst().id();
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void organiserPublishesARunThatAppearsInTheCatalogue(@Autowired ApplicationEvents events) {
		long runId = this.runs.createRun(draft("Angkatan I", 40, Map.of()));
		assertThat(this.runs.run(runId).status()).isEqualTo(RunStatus.DRAFT);
		assertThat(this.runs.catalogue(CatalogueFilter.none())).noneMatch(run -> run.id() == runId);
		this.runs.publish(runId);
		RunDetails run = this.runs.run(runId);
		assertThat(run.status()).isEqualTo(RunStatus.PUBLISHED);
		assertThat(run.registrationOpen()).isTrue();
		assertThat(this.runs.catalogue(CatalogueFilter.none())).anyMatch(found -> found.id() == runId);
		assertThat(this.runs.openForRegistration()).anyMatch(found -> found.id() == runId);
		assertThat(events.stream(RunPublished.class)).anyMatch(event -> event.runId() == runId);
	}

	@Test
	void incoherentRunsAreRefused() {
		assertRefused("run.error.seats", draft("Nol kursi", 0, Map.of()));
		assertRefused("run.error.name", draft(" ", 10, Map.of()));
		assertRefused("run.error.agencySeatsTooMany", draft("Terlalu banyak", 10, Map.of(1L, 6, 2L, 5)));
		RunDraft backwards = new RunDraft(this.courseId, "Terbalik", YearMonth.from(this.today),
				this.today.atTime(10, 0), this.today.minusDays(1).atTime(10, 0), this.today.plusDays(7),
				this.today.plusDays(9), 10, Map.of(), EnrolmentMode.OPEN);
		assertRefused("run.error.registrationOrder", backwards);
		RunDraft endsBeforeStart = new RunDraft(this.courseId, "Mundur", YearMonth.from(this.today),
				this.today.minusDays(1).atTime(8, 0), this.today.plusDays(2).atTime(16, 0), this.today.plusDays(7),
				this.today.plusDays(6), 10, Map.of(), EnrolmentMode.OPEN);
		assertRefused("run.error.dateOrder", endsBeforeStart);
	}

	@Test
	void copyToNextMonthKeepsTheRunButMovesItsDatesAndName() {
		YearMonth march = YearMonth.of(this.today.getYear() + 1, 3);
		RunDraft draft = new RunDraft(this.courseId, "Angkatan III - Maret " + march.getYear(), march,
				march.atDay(1).atTime(8, 0), march.atDay(5).atTime(16, 0), march.atDay(10), march.atDay(12), 60,
				Map.of(), EnrolmentMode.OPEN_WITH_APPROVAL);
		long copyId = this.runs.copyToNextMonth(this.runs.createRun(draft));
		RunDetails copy = this.runs.run(copyId);
		assertThat(copy.name()).isEqualTo("Angkatan III - April " + march.getYear());
		assertThat(copy.month()).isEqualTo(march.plusMonths(1));
		assertThat(copy.startsOn()).isEqualTo(march.plusMonths(1).atDay(10));
		assertThat(copy.seats()).isEqualTo(60);
		assertThat(copy.enrolmentMode()).isEqualTo(EnrolmentMode.OPEN_WITH_APPROVAL);
		assertThat(copy.status()).isEqualTo(RunStatus.DRAFT);
	}

	@Test
	void participantsCannotCreateRuns() {
		SignIn.as(this.context, "peserta");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.runs.createRun(draft("Diam-diam", 10, Map.of())));
	}

	@Test
	void catalogueFiltersByCompetencyTypeAndText() {
		long runId = this.runs.createRun(draft("Angkatan Filter", 25, Map.of()));
		this.runs.publish(runId);
		RunDetails run = this.runs.run(runId);
		CatalogueFilter sameType = new CatalogueFilter(Set.of(), run.competencyType(), null, null, null,
				run.courseTitle().substring(0, 8));
		assertThat(this.runs.catalogue(sameType)).anyMatch(found -> found.id() == runId);
		CompetencyType other = run.competencyType() == CompetencyType.TEKNIS ? CompetencyType.MANAJERIAL
				: CompetencyType.TEKNIS;
		assertThat(this.runs.catalogue(new CatalogueFilter(Set.of(), other, null, null, null, null)))
			.noneMatch(found -> found.id() == runId);
		assertThat(this.runs.catalogue(new CatalogueFilter(Set.of(), null, null, 999, null, null)))
			.noneMatch(found -> found.id() == runId);
	}

	private RunDraft draft(String name, int seats, Map<Long, Integer> agencySeats) {
		LocalDateTime opens = this.today.minusDays(1).atTime(8, 0);
		return new RunDraft(this.courseId, name, YearMonth.from(this.today.plusDays(10)), opens,
				this.today.plusDays(3).atTime(16, 0), this.today.plusDays(10), this.today.plusDays(12), seats,
				agencySeats, EnrolmentMode.OPEN);
	}

	private void assertRefused(String reason, RunDraft draft) {
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> this.runs.createRun(draft))
			.extracting(UserFacingException::messageKey)
			.isEqualTo(reason);
	}

}
