package id.pelita.demo;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pelita.certificate.CertificateStatus;
import id.pelita.certificate.CertificateVerification;
import id.pelita.certificate.HolderCertificates;
import id.pelita.certificate.MyCertificate;
import id.pelita.enrolment.EnrolmentStatus;
import id.pelita.learning.AttemptSummary;
import id.pelita.learning.BankQuestion;
import id.pelita.learning.EvaluationSurveys;
import id.pelita.learning.Lack;
import id.pelita.learning.PathModule;
import id.pelita.learning.QuestionBank;
import id.pelita.learning.QuestionKind;
import id.pelita.learning.QuizAttempts;
import id.pelita.learning.QuizKind;
import id.pelita.learning.QuizOverview;
import id.pelita.learning.SurveyAnswers;
import id.pelita.learning.SurveyForm;
import id.pelita.learning.SurveyItem;
import id.pelita.learning.SurveySection;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.ModuleProgress;
import id.pelita.learning.ModuleState;
import id.pelita.learning.MyPath;
import id.pelita.learning.ParticipantPath;
import id.pelita.support.Await;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default's demo run has a full learning path: peserta is part of the way, peserta2 took both tests
 * and completes the run (and gets the certificate) by filling in the evaluation. The methods run in order: the
 * last one completes peserta2's run in the shared context.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ActiveProfiles("test")
class DemoPathTests {

	@Autowired
	ApplicationContext context;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	@Order(0)
	void theDemoParticipantsWalkAFullPath() {
		MyPath first = path("peserta");
		assertThat(first.modules()).extracting(state -> state.module().kind())
			.contains(ModuleKind.QUIZ, ModuleKind.LESSON, ModuleKind.FILE, ModuleKind.VIDEO, ModuleKind.LIVE_SESSION,
					ModuleKind.SURVEY);
		assertThat(first.modules()).hasSize(11);
		assertThat(first.run().courseTitle()).isEqualTo("Penguatan Integritas dan Budaya Antikorupsi");
		assertThat(first.modules().stream().filter(m -> m.state() == ModuleState.DONE)).hasSize(4);
		assertThat(first.modules().get(1).module().material().markdown()).contains("/materi/gambar/");
		assertThat(first.modules().stream().filter(m -> m.module().kind() == ModuleKind.FILE).findFirst()
			.orElseThrow().module().material().fileName()).isEqualTo("handout-integritas.pdf");
		assertThat(first.modules().stream().filter(ModuleProgress::next).findFirst().orElseThrow().module().title())
			.isEqualTo("Pre-test");
		assertThat(first.completed()).isFalse();

	}

	@Test
	@Order(1)
	void peserta2TookBothTestsSoOnlyTheEvaluationRemains() {
		MyPath second = path("peserta2");
		assertThat(second.modules().stream().filter(m -> m.state() == ModuleState.DONE)).hasSize(7);
		assertThat(second.lacking()).extracting(Lack::kind).containsExactly(Lack.Kind.EVALUATION);
		QuizAttempts attempts = this.context.getBean(QuizAttempts.class);
		QuizOverview pre = attempts.overview(second.run().id(), module(second, "Pre-test").id());
		assertThat(pre.kind()).isEqualTo(QuizKind.PRE_TEST);
		assertThat(pre.passMark()).isNull();
		assertThat(pre.attempts()).hasSize(1).allMatch(AttemptSummary::submitted);
		QuizOverview post = attempts.overview(second.run().id(), module(second, "Post-test").id());
		assertThat(post.passMark()).isEqualByComparingTo("70");
		assertThat(post.attemptsAllowed()).isEqualTo(2);
		assertThat(post.passed()).isTrue();
		assertThat(post.attempts()).singleElement().satisfies(attempt -> assertThat(attempt.reviewAllowed()).isTrue());
		SignIn.as(this.context, "penyelenggara");
		List<BankQuestion> bank = this.context.getBean(QuestionBank.class).questions(second.run().courseId(), null);
		assertThat(bank).hasSizeGreaterThanOrEqualTo(14);
		assertThat(bank.stream().map(BankQuestion::kind).distinct()).containsExactlyInAnyOrder(QuestionKind.values());
	}

	@Test
	@Order(2)
	void peserta2CompletesTheRunByFillingInTheEvaluationAndGetsAValidCertificate() {
		MyPath before = path("peserta2");
		long runId = before.run().id();
		long surveyId = module(before, "Evaluasi").id();
		EvaluationSurveys surveys = this.context.getBean(EvaluationSurveys.class);
		SurveyForm form = surveys.form(runId, surveyId);
		Map<SurveyAnswers.Rated, Integer> ratings = new HashMap<>();
		for (SurveyItem item : form.items()) {
			if (item.section() == SurveySection.INSTRUCTOR) {
				form.instructors().forEach(name -> ratings.put(new SurveyAnswers.Rated(item.id(), name), 5));
			}
			else if (item.section().likert()) {
				ratings.put(SurveyAnswers.Rated.item(item.id()), 4);
			}
		}
		surveys.submit(runId, surveyId, new SurveyAnswers(form.version(), form.instructors(), ratings, Map.of()));

		assertThat(this.context.getBean(ParticipantPath.class).myPath(runId).completed()).isTrue();
		HolderCertificates certificates = this.context.getBean(HolderCertificates.class);
		CertificateVerification verification = this.context.getBean(CertificateVerification.class);
		// issued in two steps: numbered first, VALID once its file is made and signed
		Await.until("peserta2's certificate with its file", Duration.ofSeconds(20),
				() -> certificates.mine(null).stream().anyMatch(mine -> verification.byCode(mine.code())
					.filter(found -> found.status() == CertificateStatus.VALID).isPresent()));
		MyCertificate certificate = certificates.mine(null).getFirst();
		assertThat(certificate.courseTitle()).isEqualTo("Penguatan Integritas dan Budaya Antikorupsi");
		assertThat(verification.byCode(certificate.code()).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);
	}

	private static PathModule module(MyPath path, String titlePrefix) {
		return path.modules().stream().map(ModuleProgress::module).filter(m -> m.title().startsWith(titlePrefix))
			.findFirst().orElseThrow();
	}

	private MyPath path(String login) {
		SignIn.as(this.context, login);
		long runId = this.context.getBean(ParticipantEnrolments.class).myEnrolments().stream()
			.filter(enrolment -> enrolment.status() == EnrolmentStatus.CONFIRMED)
			.findFirst().orElseThrow().run().id();
		return this.context.getBean(ParticipantPath.class).myPath(runId);
	}

}
