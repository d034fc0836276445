package id.pelita.learning.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.pelita.catalog.TestCourses;
import id.pelita.learning.LearningFixtures;
import id.pelita.learning.LearningTestConfiguration;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.ModuleState;
import id.pelita.learning.PathModule;
import id.pelita.learning.Unlock;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.H2Test;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Module files over HTTP: type by content, inline or attachment, nosniff, byte ranges, rights, bad uploads. */
@H2Test
@Import(LearningTestConfiguration.class)
class MaterialControllerTests {

	@Autowired
	ApplicationContext context;

	LearningFixtures fixtures;

	MockMvc mvc;

	long runId;

	PelitaUser ani;

	@BeforeEach
	void setUp(@Autowired WebApplicationContext web) {
		this.mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
		this.fixtures = new LearningFixtures(this.context);
		long courseId = this.fixtures.course();
		this.fixtures.templateModule(courseId, ModuleKind.FILE, "Handout");
		this.fixtures.templateModule(courseId, ModuleKind.VIDEO, "Video");
		this.fixtures.templateModule(courseId, ModuleKind.FILE, "Lampiran", true, new Unlock(true, null, null), null);
		this.runId = this.fixtures.run(courseId);
		this.ani = this.fixtures.participant(this.runId);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aPdfOpensInlineWithNosniffAndOpeningItMarksTheModuleDone() throws Exception {
		PathModule handout = module("Handout");
		byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		attach(handout, "handout naskah.pdf", pdf);

		this.mvc.perform(get("/materi/" + handout.id() + "/berkas").with(as(this.ani)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")))
			.andExpect(content().bytes(pdf));

		assertThat(this.fixtures.as(this.ani, () -> this.fixtures.path().myPath(this.runId)).modules().getFirst()
			.state()).isEqualTo(ModuleState.DONE);
	}

	@Test
	void anOfficeDocumentIsAnAttachmentAndAnMp4StreamsInRanges() throws Exception {
		PathModule handout = module("Handout");
		attach(handout, "tugas.docx", docx());
		PathModule video = module("Video");
		byte[] mp4 = TestCourses.withHeader(new byte[] { 0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' }, 5000);
		attach(video, "materi.mp4", mp4);
		this.mvc.perform(get("/materi/" + handout.id() + "/berkas").with(as(this.ani)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));

		this.mvc.perform(get("/materi/" + video.id() + "/berkas").header("Range", "bytes=100-199").with(as(this.ani)))
			.andExpect(status().isPartialContent())
			.andExpect(header().string("Content-Range", "bytes 100-199/5000"))
			.andExpect(content().contentType("video/mp4"))
			.andExpect(content().bytes(java.util.Arrays.copyOfRange(mp4, 100, 200)));
	}

	@Test
	void anExecutableRenamedPdfIsRefusedAndTheModuleKeepsNoFile() {
		PathModule handout = module("Handout");
		byte[] exe = TestCourses.withHeader(new byte[] { 'M', 'Z', (byte) 0x90, 0 }, 4000);
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> attach(handout, "materi.pdf", exe))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("file.error.type"));
		assertThat(module("Handout").material().filePath()).isNull();
		PathModule video = module("Video");
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> attach(video, "video.mp4", "%PDF-1.4 bukan video".getBytes(StandardCharsets.UTF_8)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("file.error.type"));
	}

	@Test
	void outsidersAndLockedModulesGet403() throws Exception {
		PathModule later = module("Lampiran");
		attach(later, "lampiran.pdf", "%PDF-1.4 lampiran".getBytes(StandardCharsets.US_ASCII));
		this.mvc.perform(get("/materi/" + later.id() + "/berkas").with(as(this.ani))).andExpect(status().isForbidden());
		PelitaUser outsider = this.fixtures.attendance().outsider();
		this.mvc.perform(get("/materi/" + later.id() + "/berkas").with(as(outsider)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/materi/999999999/berkas").with(as(this.ani))).andExpect(status().isNotFound());
		this.mvc.perform(get("/materi/" + later.id() + "/berkas")).andExpect(status().is3xxRedirection());
	}

	private PathModule module(String title) {
		return this.fixtures.runModules(this.runId).stream().filter(m -> m.title().equals(title)).findFirst()
			.orElseThrow();
	}

	private void attach(PathModule module, String name, byte[] content) {
		this.fixtures.enrolment().asSystem(() -> {
			this.fixtures.builder().attachFile(module.id(), name, new ByteArrayInputStream(content));
			return null;
		});
	}

	private static RequestPostProcessor as(PelitaUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private static byte[] docx() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

}
