package id.pelita.demo;

import id.pelita.enrolment.EnrolmentStatus;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.ModuleProgress;
import id.pelita.learning.ModuleState;
import id.pelita.learning.MyPath;
import id.pelita.learning.ParticipantPath;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default's demo run has a full learning path: peserta is part of the way, peserta2 nearly done. */
@SpringBootTest
@ActiveProfiles("test")
class DemoPathTests {

	@Autowired
	ApplicationContext context;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
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

		MyPath second = path("peserta2");
		assertThat(second.modules().stream().filter(m -> m.state() == ModuleState.DONE)).hasSize(5);
		assertThat(second.lacking()).extracting(lack -> lack.kind().name())
			.containsExactly("MODULE", "POST_TEST", "EVALUATION");
	}

	private MyPath path(String login) {
		SignIn.as(this.context, login);
		long runId = this.context.getBean(ParticipantEnrolments.class).myEnrolments().stream()
			.filter(enrolment -> enrolment.status() == EnrolmentStatus.CONFIRMED)
			.findFirst().orElseThrow().run().id();
		return this.context.getBean(ParticipantPath.class).myPath(runId);
	}

}
