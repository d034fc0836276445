package id.pelita.learning.internal.survey;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.pelita.learning.SurveyFixtures;
import id.pelita.learning.SurveyItem;
import id.pelita.learning.SurveySection;
import id.pelita.learning.internal.AssessmentOutcome;
import id.pelita.shared.security.PelitaUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** What the path learns from the survey part, on real tables (H2 and PostgreSQL subclasses). */
abstract class SurveyProgressTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	SurveyProgress progress;

	@Autowired
	SurveyStore store;

	@Autowired
	TransactionTemplate transactions;

	SurveyFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new SurveyFixtures(this.context);
	}

	@Test
	void aSurveyIsDoneAndPassedOnceTheResponseIsSubmittedAndHasNoScore() {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		PelitaUser done = this.fixtures.participant(runId);
		PelitaUser notYet = this.fixtures.participant(runId);
		this.transactions.executeWithoutResult(status -> {
			this.store.createStandard(moduleId, Instant.now());
			this.store.insertSubmission(moduleId, runId, done.accountId(), Instant.now());
		});

		assertThat(this.progress.outcomes(runId, done.accountId()))
			.containsExactly(Map.entry(moduleId, new AssessmentOutcome(moduleId, true, null, true)));
		assertThat(this.progress.outcomes(runId, notYet.accountId())).isEmpty();
		Map<Long, Map<Long, AssessmentOutcome>> many = this.progress.outcomes(runId,
				List.of(done.accountId(), notYet.accountId()));
		assertThat(many).containsOnlyKeys(done.accountId());
		assertThat(many.get(done.accountId()).get(moduleId).done()).isTrue();
		assertThat(this.progress.outcomes(runId, List.of())).isEmpty();
	}

	@Test
	void copyingASurveyModuleCopiesItsItemsAndAnUntouchedTemplateGivesTheStandardItems() {
		long runId = this.fixtures.run();
		long courseId = this.fixtures.courseOf(runId);
		long template = this.fixtures.templateModule(courseId);
		long copy = this.fixtures.runModule(runId);

		this.transactions.executeWithoutResult(status -> this.progress.copySettings(template, copy));

		List<SurveyItem> items = this.store.items(copy);
		assertThat(items).hasSize(StandardSurvey.ITEMS.size());
		assertThat(items).extracting(SurveyItem::section).contains(SurveySection.ORGANISATION,
				SurveySection.MATERIALS, SurveySection.INSTRUCTOR, SurveySection.FREE_TEXT);
		assertThat(items.getFirst().text()).isEqualTo(this.store.items(template).getFirst().text());
		long edited = this.fixtures.runModule(runId);
		this.transactions.executeWithoutResult(status -> {
			this.store.updateItemText(this.store.items(copy).getFirst().id(), "Ruang kelas nyaman.");
			this.progress.copySettings(copy, edited);
		});
		assertThat(this.store.items(edited).getFirst().text()).isEqualTo("Ruang kelas nyaman.");
	}

	@Test
	void copyingAModuleOfAnotherKindDoesNothing() {
		long runId = this.fixtures.run();
		long courseId = this.fixtures.courseOf(runId);
		long quiz = this.fixtures.module(courseId, null, "QUIZ");
		long copy = this.fixtures.module(courseId, runId, "QUIZ");

		this.transactions.executeWithoutResult(status -> this.progress.copySettings(quiz, copy));

		assertThat(this.store.exists(quiz)).isFalse();
		assertThat(this.store.exists(copy)).isFalse();
	}

}
