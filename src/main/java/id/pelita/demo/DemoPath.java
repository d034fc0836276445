package id.pelita.demo;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.pelita.catalog.RunDetails;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.identity.AccountService;
import id.pelita.identity.NewAccount;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.learning.CompletionRule;
import id.pelita.learning.ModuleDraft;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.ParticipantPath;
import id.pelita.learning.PathBuilder;
import id.pelita.learning.PathModule;
import id.pelita.learning.Unlock;
import id.pelita.liveclass.LiveSession;
import id.pelita.shared.security.Role;
import id.pelita.shared.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo participant's course gets a full learning path: pre-test, three lessons with illustrations (each after
 * the one before), a PDF handout, a video, the run's three live sessions (optional: they lie ahead), post-test
 * (after the third lesson) and the evaluation survey (after the post-test); quizzes and the survey are module rows
 * the assessment parts fill. The run's rule asks every required module, the post-test and the evaluation. The demo
 * participant ({@code peserta}) has done the first two lessons, the handout and the video; a second participant,
 * {@code peserta2}, has done every lesson, file and video ({@link DemoQuizzes} then takes both tests as them). Only when
 * the course has no modules yet.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "pelita.demo-data.enabled", matchIfMissing = true)
@Order(50)
class DemoPath implements ApplicationRunner {

	static final String SECOND_PARTICIPANT = "peserta2";

	static final String SECOND_PARTICIPANT_NIP = "199001152015031002";

	private static final Logger log = LoggerFactory.getLogger(DemoPath.class);

	private final PathBuilder builder;

	private final ParticipantPath path;

	private final ParticipantEnrolments enrolments;

	private final AccountService accounts;

	private final PersonDirectory people;

	private final DemoSignIn signIn;

	DemoPath(PathBuilder builder, ParticipantPath path, ParticipantEnrolments enrolments, AccountService accounts,
			PersonDirectory people, DemoSignIn signIn) {
		this.builder = builder;
		this.path = path;
		this.enrolments = enrolments;
		this.accounts = accounts;
		this.people = people;
		this.signIn = signIn;
	}

	@Override
	public void run(ApplicationArguments args) {
		PersonRef participant = this.people.findByNip(DemoDataLoader.PARTICIPANT_NIP).orElse(null);
		if (participant == null) {
			return;
		}
		long runId = this.signIn.firstConfirmedRun(participant, this.enrolments);
		if (runId < 0) {
			return;
		}
		RunDetails run = as(DemoSignIn.system(), () -> this.builder.run(runId));
		if (!as(DemoSignIn.system(), () -> this.builder.courseModules(run.courseId())).isEmpty()) {
			return;
		}
		try {
			as(DemoSignIn.system(), () -> build(run));
			PersonRef second = secondParticipant(participant, runId);
			List<PathModule> modules = as(DemoSignIn.system(), () -> this.builder.runModules(runId));
			done(participant, runId, modules, "Pelajaran 1", "Pelajaran 2", "Handout", "Video");
			done(second, runId, modules, "Pelajaran 1", "Pelajaran 2", "Pelajaran 3", "Handout", "Video");
			log.info("Loaded the demo learning path of {} ({} modules)", run.courseTitle(), modules.size());
		}
		catch (RuntimeException ex) {
			log.warn("The demo learning path could not be loaded completely", ex);
		}
	}

	private Void build(RunDetails run) {
		long course = run.courseId();
		add(course, ModuleKind.QUIZ, "Pre-test", true, Unlock.OPEN, null, null);
		add(course, ModuleKind.LESSON, "Pelajaran 1: Mengenal integritas ASN", true, Unlock.OPEN,
				lesson("Integritas", "Nilai dasar ASN BerAKHLAK", new Color(0x1E5AA8), """
						# Mengenal integritas ASN

						Integritas berarti **satunya kata dan perbuatan**. Bagi ASN, integritas tampak dalam
						pelayanan yang jujur, tepat waktu dan tanpa pungutan.

						- Berorientasi pelayanan
						- Akuntabel
						- Kompeten dan harmonis
						"""), null);
		Unlock afterPrevious = new Unlock(true, null, null);
		add(course, ModuleKind.LESSON, "Pelajaran 2: Konflik kepentingan dan gratifikasi", true, afterPrevious,
				lesson("Gratifikasi", "Tolak, laporkan dalam 30 hari kerja", new Color(0xB5462F), """
						# Konflik kepentingan dan gratifikasi

						Gratifikasi adalah pemberian dalam arti luas. Yang berhubungan dengan jabatan **wajib
						ditolak** atau dilaporkan ke KPK paling lambat 30 hari kerja.

						| Situasi | Tindakan |
						|---|---|
						| Parsel dari rekanan | Tolak dengan sopan |
						| Hadiah pernikahan dari rekan | Catat; laporkan bila terkait jabatan |
						"""), null);
		add(course, ModuleKind.LESSON, "Pelajaran 3: Membangun budaya antikorupsi di unit kerja", true,
				afterPrevious, lesson("Budaya kerja", "Zona integritas menuju WBK/WBBM", new Color(0x2F7D4A), """
						# Membangun budaya antikorupsi

						Mulailah dari hal kecil: daftar hadir yang jujur, layanan tanpa calo, dan pimpinan yang
						memberi teladan. Unit kerja dapat mengajukan **Zona Integritas** menuju WBK/WBBM.
						"""), null);
		long handout = add(course, ModuleKind.FILE, "Handout: Ringkasan materi (PDF)", true, Unlock.OPEN, null, null);
		this.builder.attachFile(handout, "handout-integritas.pdf", new ByteArrayInputStream(DemoMaterials.handout(
				List.of("Handout - " + run.courseTitle(), "", "1. Integritas: satunya kata dan perbuatan.",
						"2. Gratifikasi terkait jabatan: tolak atau laporkan dalam 30 hari kerja.",
						"3. Zona Integritas menuju WBK/WBBM dimulai dari teladan pimpinan."))));
		add(course, ModuleKind.VIDEO, "Video: Kisah pelayanan tanpa pungutan", true, Unlock.OPEN, null,
				"https://www.youtube.com/watch?v=Z0tZqZ6Oq3g");
		for (int i = 1; i <= 3; i++) {
			add(course, ModuleKind.LIVE_SESSION, "Sesi live " + i, false, Unlock.OPEN, null, null);
		}
		List<PathModule> template = this.builder.courseModules(course);
		long lastLesson = template.stream().filter(m -> m.title().startsWith("Pelajaran 3")).findFirst().orElseThrow()
			.id();
		long post = add(course, ModuleKind.QUIZ, "Post-test", true, new Unlock(false, lastLesson, null), null, null);
		add(course, ModuleKind.SURVEY, "Evaluasi penyelenggaraan", true, new Unlock(false, post, null), null, null);
		this.builder.copyFromCourse(run.id());
		bindSessions(run.id());
		return null;
	}

	private void bindSessions(long runId) {
		List<LiveSession> sessions = this.builder.sessions(runId);
		List<PathModule> modules = this.builder.runModules(runId);
		List<PathModule> live = modules.stream().filter(m -> m.kind() == ModuleKind.LIVE_SESSION).toList();
		for (int i = 0; i < live.size() && i < sessions.size(); i++) {
			PathModule module = live.get(i);
			this.builder.update(module.id(), new ModuleDraft(ModuleKind.LIVE_SESSION, sessions.get(i).title(), false,
					Unlock.OPEN, null, null, sessions.get(i).id()));
		}
		Long post = modules.stream().filter(m -> m.title().equals("Post-test")).map(PathModule::id).findFirst()
			.orElse(null);
		Long evaluation = modules.stream().filter(m -> m.kind() == ModuleKind.SURVEY).map(PathModule::id).findFirst()
			.orElse(null);
		// the demo's sessions lie ahead (10 minutes, tomorrow, in three days): attendance is not asked here
		this.builder.changeRule(new CompletionRule(runId, true, post, null, evaluation));
	}

	private long add(long courseId, ModuleKind kind, String title, boolean required, Unlock unlock, String markdown,
			String videoUrl) {
		return this.builder.addToCourse(courseId, new ModuleDraft(kind, title, required, unlock, markdown, videoUrl,
				null));
	}

	private String lesson(String title, String caption, Color colour, String markdown) {
		String image = this.builder.lessonImage(title.toLowerCase().replace(' ', '-') + ".png",
				new ByteArrayInputStream(DemoMaterials.illustration(title, caption, colour)));
		return markdown + "\n" + image + "\n";
	}

	private PersonRef secondParticipant(PersonRef first, long runId) {
		Optional<PersonRef> existing = this.people.findByNip(SECOND_PARTICIPANT_NIP);
		PersonRef second = existing.orElseGet(() -> {
			long[] id = new long[1];
			SystemUser.run(() -> id[0] = this.accounts.createSystemAccount(new NewAccount(SECOND_PARTICIPANT,
					"Budi Santoso, S.H.", "peserta2@example.go.id", SECOND_PARTICIPANT_NIP, "081234567804",
					first.agencyId(), Set.of(Role.PARTICIPANT), DemoDataLoader.DEMO_PASSWORD, "Penata Muda (III/a)",
					"Analis Hukum Ahli Pertama")));
			return this.people.find(id[0]).orElseThrow();
		});
		this.signIn.as(DemoSignIn.user(second, Role.PARTICIPANT), () -> this.enrolments.enrol(runId));
		return second;
	}

	private void done(PersonRef person, long runId, List<PathModule> modules, String... prefixes) {
		this.signIn.as(DemoSignIn.user(person, Role.PARTICIPANT), () -> {
			for (String prefix : prefixes) {
				modules.stream().filter(module -> module.title().startsWith(prefix)).findFirst()
					.ifPresent(module -> this.path.markDone(runId, module.id()));
			}
			return null;
		});
	}

	private <T> T as(id.pelita.shared.security.PelitaUser user, java.util.function.Supplier<T> work) {
		return this.signIn.as(user, work);
	}

}
