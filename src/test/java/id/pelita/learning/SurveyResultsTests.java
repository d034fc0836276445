package id.pelita.learning;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What organisers and instructors read of a run's survey (H2 and PostgreSQL subclasses). */
abstract class SurveyResultsTests extends SurveyTestBase {

	@Test
	void theOrganiserSeesMeansDistributionsAndTheFreeTextButNoNames() {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		PelitaUser a = this.fixtures.participant(runId);
		PelitaUser b = this.fixtures.participant(runId);
		PelitaUser c = this.fixtures.participant(runId);
		submit(a, runId, moduleId, 5, "Narasumber sangat jelas");
		submit(b, runId, moduleId, 4, "");
		submit(c, runId, moduleId, 4, "Perlu lebih banyak latihan");

		SurveyReport report = asOrganiser(() -> this.results.report(runId, moduleId));

		assertThat(report.responses()).isEqualTo(3);
		assertThat(report.withheld()).isFalse();
		SurveyReport.ItemResult first = report.organisation().getFirst();
		assertThat(first.summary().distribution()).containsExactly(0, 0, 0, 2, 1);
		assertThat(first.summary().mean()).isEqualByComparingTo("4.33");
		assertThat(report.organisationOverall().count()).isEqualTo(3 * report.organisation().size());
		assertThat(report.texts().getFirst().answers())
			.containsExactlyInAnyOrder("Narasumber sangat jelas", "Perlu lebih banyak latihan");
		assertThat(report.texts().getFirst().answers()).noneMatch(text -> text.contains(String.valueOf(a.accountId())));
		assertThat(asOrganiser(() -> this.results.surveysOf(runId)))
			.containsExactly(new SurveyResults.RunSurvey(moduleId, "Evaluasi Penyelenggaraan", 3));
	}

	@Test
	void aLinkedInstructorSeesOnlyTheirAggregatesAndOnlyFromThreeResponses() {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		EnrolmentFixtures people = this.fixtures.live().enrolment();
		PersonRef lecturer = people.employee(people.agency("36.04.02"));
		PelitaUser instructor = EnrolmentFixtures.participant(lecturer);
		asOrganiser(() -> {
			this.editor.addInstructor(moduleId, "Drs. Ahmad Fauzi", lecturer.nip());
			this.editor.addInstructor(moduleId, "Ir. Bambang", null);
			return null;
		});
		PelitaUser a = this.fixtures.participant(runId);
		PelitaUser b = this.fixtures.participant(runId);
		PelitaUser c = this.fixtures.participant(runId);
		submit(a, runId, moduleId, 2, "Rahasia");
		submit(b, runId, moduleId, 3, "");

		SurveyReport early = as(instructor, () -> this.results.instructorReport(runId, moduleId));
		assertThat(early.withheld()).isTrue();
		assertThat(early.responses()).isEqualTo(2);
		assertThat(early.organisation()).isEmpty();
		assertThat(early.instructors()).isEmpty();
		assertThat(as(instructor, () -> this.results.mySurveys())).singleElement()
			.satisfies(survey -> assertThat(survey.visible()).isFalse());

		submit(c, runId, moduleId, 4, "");
		SurveyReport later = as(instructor, () -> this.results.instructorReport(runId, moduleId));
		assertThat(later.withheld()).isFalse();
		assertThat(later.instructors()).extracting(SurveyReport.InstructorResult::name)
			.containsExactly("Drs. Ahmad Fauzi");
		assertThat(later.instructors().getFirst().overall().mean()).isEqualByComparingTo("3.00");
		assertThat(later.organisation()).isNotEmpty();
		assertThat(later.texts()).isEmpty();
		assertThat(as(instructor, () -> this.results.mySurveys())).singleElement()
			.satisfies(survey -> assertThat(survey.visible()).isTrue());

		assertThatExceptionOfType(OutsideScopeException.class)
			.isThrownBy(() -> as(a, () -> this.results.instructorReport(runId, moduleId)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> as(instructor, () -> this.results.report(runId, moduleId)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> as(a, () -> this.results.download(runId, moduleId, SpreadsheetFormat.CSV,
					Translations.INDONESIAN)));
	}

	@Test
	void theDownloadHasALinePerItemAndInstructorAndOnePerFreeTextAnswer() {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		asOrganiser(() -> {
			this.editor.addInstructor(moduleId, "Drs. Ahmad Fauzi", null);
			return null;
		});
		PelitaUser a = this.fixtures.participant(runId);
		PelitaUser b = this.fixtures.participant(runId);
		submit(a, runId, moduleId, 5, "Bagus; sekali");
		submit(b, runId, moduleId, 4, "=HYPERLINK(\"http://x\")");

		String csv = new String(asOrganiser(() -> this.results.download(runId, moduleId, SpreadsheetFormat.CSV,
				Translations.INDONESIAN)), StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		SurveyReport report = asOrganiser(() -> this.results.report(runId, moduleId));
		int freeTexts = report.texts().size();
		assertThat(lines).hasSize(1 + report.allRated().size() + 2 * freeTexts);
		assertThat(csv).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK");
		assertThat(lines.getFirst()).startsWith("\uFEFFBagian;Narasumber;Pertanyaan;");
		assertThat(lines.get(1)).contains(";2;4,5;0;0;0;1;1;");
		assertThat(csv).contains("Drs. Ahmad Fauzi").contains("\"Bagus; sekali\"");
		byte[] xlsx = asOrganiser(() -> this.results.download(runId, moduleId, SpreadsheetFormat.XLSX,
				Translations.ENGLISH));
		assertThat(xlsx).startsWith(new byte[] { 'P', 'K' });
	}

}
